// Discord's public invite endpoint: member and online counts of the server an invite leads to.
// Requests are counted; Discord's errors become DiscordApiError with a message that names the invite.

export class DiscordApiError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
    readonly retryable: boolean,
  ) {
    super(message);
    this.name = "DiscordApiError";
  }
}

export interface DiscordInvite {
  code: string;
  guildId: string | null;
  guildName: string | null;
  members: number;
  online: number;
}

export interface DiscordClient {
  getInvite(code: string): Promise<DiscordInvite>;
  requests(): number;
}

export function createDiscordClient(options: { apiUrl?: string | undefined; timeoutMs?: number; fetch?: typeof fetch } = {}): DiscordClient {
  const base = (options.apiUrl ?? "https://discord.com/api/v9").replace(/\/+$/, "");
  const doFetch = options.fetch ?? fetch;
  let count = 0;
  return {
    requests: () => count,
    async getInvite(code) {
      const url = `${base}/invites/${encodeURIComponent(code)}?with_counts=true`;
      count++;
      let response: Response;
      try {
        response = await doFetch(url, { headers: { accept: "application/json", "user-agent": "ratecard" }, signal: AbortSignal.timeout(options.timeoutMs ?? 30_000) });
      } catch (error) {
        throw new DiscordApiError(`Discord API unreachable for invite ${code}: ${error instanceof Error ? error.message : String(error)}`, null, true);
      }
      const body = (await response.json().catch(() => null)) as {
        code?: number | string;
        message?: string;
        retry_after?: number;
        guild?: { id?: string; name?: string } | null;
        guild_id?: string;
        approximate_member_count?: number;
        approximate_presence_count?: number;
      } | null;
      // 10006: Unknown Invite (expired, revoked or mistyped).
      if (response.status === 404 || body?.code === 10006) throw new DiscordApiError(`Discord invite ${code} is invalid or expired: ask the community for a new invite link`, response.status, false);
      if (response.status === 429) {
        const seconds = body?.retry_after ?? Number(response.headers.get("retry-after") ?? 60);
        throw new DiscordApiError(`Discord rate limit for invite ${code}: retry in ${Math.ceil(seconds)} s`, 429, true);
      }
      if (!response.ok) throw new DiscordApiError(`Discord API answered ${response.status} for invite ${code}${body?.message ? `: ${body.message}` : ""}`, response.status, response.status >= 500);
      if (typeof body?.approximate_member_count !== "number" || typeof body.approximate_presence_count !== "number") {
        throw new DiscordApiError(`Discord invite ${code} came without member counts (with_counts ignored?)`, response.status, false);
      }
      return {
        code,
        guildId: body.guild?.id ?? body.guild_id ?? null,
        guildName: body.guild?.name ?? null,
        members: body.approximate_member_count,
        online: body.approximate_presence_count,
      };
    },
  };
}
