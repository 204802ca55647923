import { validateAlertRule, type AlertRuleOptions } from "@ratecard/core/alerts";
import { createAlertRule, findSource } from "@ratecard/db";
import type { Env } from "../env";
import { UserError } from "../user-error";
import { describeAlertRule } from "./alerts-list";
import { withRuntime } from "./with-runtime";

/** `ratecard alerts add --email a@x.com [--provider anthropic] [--model 'claude-*'] [--cadence daily --hour 9 --tz Europe/Berlin] …` */
export async function alertsAdd(env: Env, options: AlertRuleOptions): Promise<void> {
  const validated = validateAlertRule(options);
  if (!validated.ok) throw new UserError(validated.error);
  const input = validated.rule;
  await withRuntime(env, async ({ db }) => {
    const sourceIds: string[] = [];
    for (const ref of input.sourceIds) {
      const source = await findSource(db, ref);
      if (!source) throw new UserError(`--source '${ref}' is not a source id: see \`ratecard sources list\``);
      sourceIds.push(source.id);
    }
    const rule = await createAlertRule(db, { ...input, sourceIds });
    console.log(`added alert rule ${rule.id} (${rule.name}): ${describeAlertRule(rule)}`);
  });
}
