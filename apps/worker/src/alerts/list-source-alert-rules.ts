import type { SourceAlertKind } from "@ratecard/core/alerts";
import { listAlertRules, type AlertRule, type Db } from "@ratecard/db";

/** The enabled rules that hear about sources themselves for `kind`: those with no kinds or naming it. */
export async function listSourceAlertRules(db: Db, kind: SourceAlertKind): Promise<AlertRule[]> {
  return (await listAlertRules(db, { enabledOnly: true })).filter((rule) => rule.eventKinds.length === 0 || rule.eventKinds.includes(kind));
}
