// One pass of alert enqueueing for the scheduler tick: new events, failure streaks, degraded
// extraction, due digests and traction reports. Every step is idempotent, so every worker's scheduler may run it every minute.
import type { Db } from "@ratecard/db";
import { buildWeeklyTractionReport } from "./build-weekly-traction-report";
import { enqueueDegradedAlerts } from "./enqueue-degraded-alerts";
import { enqueueDueDigests } from "./enqueue-due-digests";
import { enqueueFailureAlerts } from "./enqueue-failure-alerts";
import { enqueueRecentEventAlerts } from "./enqueue-recent-event-alerts";
import { enqueueTractionReports, type BuildTractionReport } from "./enqueue-traction-reports";

export interface EnqueueAlertsDeps {
  db: Db;
  now: Date;
  log?: (line: string) => void;
  /** The traction report's content (default: buildWeeklyTractionReport over the metric samples). */
  buildTractionReport?: BuildTractionReport;
}

export async function enqueueAlerts(deps: EnqueueAlertsDeps): Promise<number> {
  const steps: [string, () => Promise<number>][] = [
    ["events", () => enqueueRecentEventAlerts(deps.db, deps.now)],
    ["failures", () => enqueueFailureAlerts(deps.db, deps.now)],
    ["degraded extraction", () => enqueueDegradedAlerts(deps.db, deps.now)],
    ["digests", () => enqueueDueDigests(deps.db, deps.now)],
    ["traction", () => enqueueTractionReports(deps.db, deps.now, deps.buildTractionReport ?? buildWeeklyTractionReport)],
  ];
  let total = 0;
  // One failing step (a bad rule, a query error) must not stop the others.
  for (const [name, run] of steps) {
    try {
      total += await run();
    } catch (error) {
      deps.log?.(`alerts: enqueueing ${name} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return total;
}
