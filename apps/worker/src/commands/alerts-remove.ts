import { findAlertRule, removeAlertRule } from "@ratecard/db";
import type { Env } from "../env";
import { UserError } from "../user-error";
import { withRuntime } from "./with-runtime";

export async function alertsRemove(env: Env, id: string): Promise<void> {
  await withRuntime(env, async ({ db }) => {
    const rule = await findAlertRule(db, id);
    if (!rule) throw new UserError(`no alert rule with id '${id}': see \`ratecard alerts list\``);
    await removeAlertRule(db, rule.id);
    console.log(`removed alert rule ${rule.id} (${rule.name})`);
  });
}
