// Extraction-degraded alerts: a new version of a page whose card lost many of the previous card's prices
// while the page still names their models gets one alert per rule. The dedupe key names the degraded
// snapshot, so any number of ticks, on any number of workers, enqueue each alert once.
import { matchFailureRule } from "@ratecard/core/alerts";
import { insertAlertDeliveries, listDegradedSnapshots, type DegradedSnapshot, type Db, type NewAlertDelivery } from "@ratecard/db";
import type { DegradedCardView } from "@ratecard/email";
import { FAILURE_SCAN_WINDOW_MS } from "./enqueue-failure-alerts";
import { listSourceAlertRules } from "./list-source-alert-rules";
import { toDeliveryRows } from "./to-delivery-rows";

export async function enqueueDegradedAlerts(db: Db, now: Date): Promise<number> {
  const rules = await listSourceAlertRules(db, "extraction_degraded");
  if (rules.length === 0) return 0;
  const snapshots = await listDegradedSnapshots(db, { since: new Date(now.getTime() - FAILURE_SCAN_WINDOW_MS) });
  const rows: NewAlertDelivery[] = [];
  for (const snapshot of snapshots) {
    for (const rule of rules) {
      // A new rule hears about pages that degrade from now on, not about last week's.
      if (snapshot.firstSeenAt < rule.createdAt || !matchFailureRule(rule, snapshot.source, "extraction_degraded")) continue;
      rows.push(
        ...toDeliveryRows(rule, {
          subjectKey: `degraded:${snapshot.id}`,
          kind: "degraded",
          nextAttemptAt: now,
          message: { kind: "degraded", ruleName: rule.name, source: snapshot.source, card: toCardView(snapshot) },
        }),
      );
    }
  }
  return insertAlertDeliveries(db, rows);
}

function toCardView(snapshot: DegradedSnapshot): DegradedCardView {
  return {
    snapshotId: snapshot.id,
    seenAt: snapshot.firstSeenAt.toISOString(),
    lostPrices: snapshot.cardHealth?.lostPrices ?? null,
    previousPrices: snapshot.cardHealth?.previousPrices ?? null,
    lostModels: snapshot.cardHealth?.lostModels ?? [],
    warning: snapshot.cardWarnings.find((warning) => warning.startsWith("extraction degraded")) ?? snapshot.cardWarnings[0] ?? null,
  };
}
