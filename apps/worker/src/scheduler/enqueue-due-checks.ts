// One scheduler pass: every enabled source whose latest cron slot has not been claimed yet gets one
// job: a page check, a Discord collection, or a place in a batched GitHub collection.
import { previousSlot } from "@ratecard/core";
import { claimSlot, listSources, type Db } from "@ratecard/db";
import { collectDiscordJob } from "../jobs/collect-discord-job";
import { collectReposJob } from "../jobs/collect-repo-job";
import type { Queue } from "@ratecard/queue";

/** GitHub answers one GraphQL query for 50 repositories; a job takes up to 500. */
const REPOS_PER_JOB = 500;

export async function enqueueDueChecks(deps: { db: Db; queue: Queue; now: Date; log?: (line: string) => void }): Promise<number> {
  let enqueued = 0;
  const repos: { sourceId: string; slotAt: string }[] = [];
  for (const source of await listSources(deps.db, { enabledOnly: true })) {
    let slot: Date;
    try {
      slot = previousSlot(source.schedule, deps.now);
    } catch (error) {
      deps.log?.(`source ${source.id}: schedule '${source.schedule}' is invalid: ${(error as Error).message}`);
      continue;
    }
    if (source.lastSlotAt && source.lastSlotAt >= slot) continue;
    // A source that was never scheduled starts now; afterwards one job per slot, won by one scheduler.
    if (!(await claimSlot(deps.db, source.id, slot))) continue;
    const payload = { sourceId: source.id, slotAt: slot.toISOString() };
    if (source.kind === "github_repo") {
      repos.push(payload);
      continue;
    }
    if (source.kind === "discord_invite") await deps.queue.send(collectDiscordJob, payload, { singletonKey: `${source.id}@${payload.slotAt}` });
    else await deps.queue.enqueueCheck(payload);
    enqueued++;
  }
  for (let i = 0; i < repos.length; i += REPOS_PER_JOB) {
    await deps.queue.send(collectReposJob, { items: repos.slice(i, i + REPOS_PER_JOB) });
  }
  return enqueued + repos.length;
}
