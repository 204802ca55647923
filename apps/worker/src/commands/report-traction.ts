import { formatTractionReport, type TractionReportFormat } from "@ratecard/core/traction";
import type { Env } from "../env";
import { loadTractionRows } from "../reports/load-traction-rows";
import { UserError } from "../user-error";
import { printTable } from "./print-table";
import { withRuntime } from "./with-runtime";

export interface ReportTractionOptions {
  since?: string;
  format?: string;
}

const FORMATS = ["md", "csv", "json", "table"] as const;

/** `ratecard report traction`: one row per repository (stars) or Discord community (members), fastest growing first. */
export async function reportTraction(env: Env, options: ReportTractionOptions, now = new Date()): Promise<void> {
  const sinceDays = parseSince(options.since ?? "30d");
  const format = (options.format ?? "md") as (typeof FORMATS)[number];
  if (!FORMATS.includes(format)) throw new UserError(`--format must be one of ${FORMATS.join(", ")}, got '${options.format}'`);
  await withRuntime(env, async ({ db }) => {
    const rows = await loadTractionRows(db, { now, sinceDays });
    if (format !== "table") {
      console.log(formatTractionReport(rows, format as TractionReportFormat));
      return;
    }
    if (rows.length === 0) {
      console.log("no traction data yet: add github_repo or discord_invite sources and collect them");
      return;
    }
    const n = (v: number | null, suffix = "") => (v === null ? "—" : `${v > 0 && suffix !== "" ? "+" : ""}${v.toLocaleString("en-US")}${suffix}`);
    printTable(
      ["name", "metric", "current", "7d", "30d", "90d", `${sinceDays}d`, "growth", "weekly", "accel.", "next milestone"],
      rows.map((r) => [
        r.name + (r.estimated ? " *" : ""),
        r.metric,
        n(r.current),
        n(r.change7d),
        n(r.change30d),
        n(r.change90d),
        n(r.changeSince),
        n(r.growthPct, "%"),
        n(r.weeklyGrowthPct, "%"),
        r.acceleration === null ? "—" : `×${r.acceleration}`,
        r.nextMilestone === null ? "—" : `${r.nextMilestone.toLocaleString("en-US")}${r.daysToMilestone === null ? "" : ` in ${r.daysToMilestone} d`}`,
      ]),
    );
  });
}

function parseSince(text: string): number {
  const match = /^(\d+)\s*([dw]?)$/i.exec(text.trim());
  const days = match ? Number(match[1]) * (match[2]?.toLowerCase() === "w" ? 7 : 1) : NaN;
  if (!Number.isInteger(days) || days < 1 || days > 3650) throw new UserError(`--since must be a number of days like 30d or weeks like 12w (1-3650 days), got '${text}'`);
  return days;
}
