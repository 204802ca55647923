// One scheduler pass: every enabled source whose latest cron slot has not been claimed yet gets one job.
import { previousSlot } from "@ratecard/core";
import { claimSlot, listSources, type Db } from "@ratecard/db";
import type { Queue } from "../queue/create-queue";

/** Kinds the check-source job handles; repositories and Discord invites get their collectors with the traction issue. */
const CHECKED_KINDS: ReadonlySet<string> = new Set(["page", "registry"]);

export async function enqueueDueChecks(deps: { db: Db; queue: Queue; now: Date; log?: (line: string) => void }): Promise<number> {
  let enqueued = 0;
  for (const source of await listSources(deps.db, { enabledOnly: true })) {
    if (!CHECKED_KINDS.has(source.kind)) continue;
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
    await deps.queue.enqueueCheck({ sourceId: source.id, slotAt: slot.toISOString() });
    enqueued++;
  }
  return enqueued;
}
