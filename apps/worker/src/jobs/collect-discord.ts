// Collection of a Discord invite source: member and online counts as metric samples, one check row.
import { parseDiscordInvite } from "@ratecard/core/traction";
import { recordCheckResult, recordCollection, type Db, type Source } from "@ratecard/db";
import { DiscordApiError, type DiscordClient } from "../collect/create-discord-client";
import type { CollectionSummary } from "./collect-repo";

export interface CollectDiscordDeps {
  db: Db;
  discord: DiscordClient;
  now: () => Date;
}

/** With `retryLater`, a failure that may pass (429, 5xx, network) is thrown instead of recorded: the queue retries it. */
export async function collectDiscord(deps: CollectDiscordDeps, source: Source, options: { slotAt?: Date | null; retryLater?: boolean } = {}): Promise<CollectionSummary> {
  const startedAt = deps.now();
  const slotAt = options.slotAt ?? null;
  const code = source.kind === "discord_invite" ? parseDiscordInvite(source.url) : null;
  try {
    if (!code) {
      throw new DiscordApiError(
        source.kind === "discord_invite"
          ? `discord_invite source '${source.url}' is not an invite: expected https://discord.gg/CODE or the bare code`
          : `${source.kind} sources are not Discord invites`,
        null,
        false,
      );
    }
    const invite = await deps.discord.getInvite(code);
    const at = deps.now();
    const meta = { guildId: invite.guildId, guildName: invite.guildName };
    const samples = [
      { metric: "discord_members", value: invite.members, at, meta },
      { metric: "discord_online", value: invite.online, at, meta },
    ];
    const check = await recordCollection(deps.db, { sourceId: source.id, startedAt, finishedAt: deps.now(), slotAt, httpStatus: 200, finalUrl: `https://discord.gg/${code}`, samples });
    return { source, check, samples: samples.length, notes: [], retryable: false };
  } catch (error) {
    if (!(error instanceof DiscordApiError)) throw error;
    if (error.retryable && options.retryLater) throw error;
    const recorded = await recordCheckResult(deps.db, {
      sourceId: source.id,
      startedAt,
      finishedAt: deps.now(),
      slotAt,
      result: { kind: "failed", engine: "api", httpStatus: error.status, finalUrl: null, error: error.message },
    });
    return { source, check: recorded.check, samples: 0, notes: [], retryable: error.retryable };
  }
}
