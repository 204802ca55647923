// The traction report as markdown (the weekly email reuses it), CSV (spreadsheets) or JSON (scripts).
import type { TractionReportFormat, TractionRow } from "./types";

const COLUMNS: { key: keyof TractionRow; title: string }[] = [
  { key: "name", title: "name" },
  { key: "kind", title: "kind" },
  { key: "metric", title: "metric" },
  { key: "current", title: "current" },
  { key: "change7d", title: "7d" },
  { key: "change30d", title: "30d" },
  { key: "change90d", title: "90d" },
  { key: "changeSince", title: "since" },
  { key: "growthPct", title: "growth %" },
  { key: "weeklyGrowthPct", title: "weekly %" },
  { key: "acceleration", title: "acceleration" },
  { key: "nextMilestone", title: "next milestone" },
  { key: "daysToMilestone", title: "days to milestone" },
  { key: "estimated", title: "estimated" },
  { key: "url", title: "url" },
];

export function formatTractionReport(rows: readonly TractionRow[], format: TractionReportFormat): string {
  if (format === "json") return JSON.stringify({ rows }, null, 2);
  if (format === "csv") {
    const header = COLUMNS.map((c) => (c.key === "changeSince" ? `change_${rows[0]?.sinceDays ?? ""}d` : c.key));
    const lines = rows.map((row) => COLUMNS.map((c) => csvCell(row[c.key])).join(","));
    return [header.join(","), ...lines].join("\n");
  }
  return markdown(rows);
}

function markdown(rows: readonly TractionRow[]): string {
  if (rows.length === 0) return "No traction data yet: add github_repo or discord_invite sources and collect them.";
  const since = rows[0]?.sinceDays ?? 30;
  const head = ["#", "name", "metric", "current", "7d", "30d", "90d", `${since}d`, "growth", "weekly", "accel.", "next milestone"];
  const body = rows.map((row, i) => [
    String(i + 1),
    escapeMd(row.name) + (row.estimated ? " *" : ""),
    row.metric,
    count(row.current),
    signed(row.change7d),
    signed(row.change30d),
    signed(row.change90d),
    signed(row.changeSince),
    pct(row.growthPct),
    pct(row.weeklyGrowthPct),
    row.acceleration === null ? "—" : `×${row.acceleration.toFixed(2)}`,
    row.nextMilestone === null ? "—" : `${compact(row.nextMilestone)}${row.daysToMilestone === null ? "" : ` in ${row.daysToMilestone} d`}`,
  ]);
  const lines = [head, head.map((h, i) => (i === 1 || i === 2 ? "---" : "---:")), ...body].map((cells) => `| ${cells.join(" | ")} |`);
  if (rows.some((r) => r.estimated)) lines.push("", "\\* includes estimated values (GitHub lists at most 40,000 stargazers; the rest is interpolated).");
  return lines.join("\n");
}

function csvCell(value: TractionRow[keyof TractionRow]): string {
  if (value === null) return "";
  // A name like "=HYPERLINK(...)" must stay text in a spreadsheet: text cells starting with a formula
  // character get a leading apostrophe (numbers, including negative changes, are left as they are).
  const text = typeof value === "string" && /^[=+\-@\t\r]/.test(value) ? `'${value}` : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function count(value: number | null): string {
  return value === null ? "—" : Math.round(value).toLocaleString("en-US");
}

function signed(value: number | null): string {
  if (value === null) return "—";
  return `${value > 0 ? "+" : ""}${Math.round(value).toLocaleString("en-US")}`;
}

function pct(value: number | null): string {
  return value === null ? "—" : `${value > 0 ? "+" : ""}${value.toFixed(1)}%`;
}

function compact(value: number): string {
  if (value >= 1_000_000) return `${value / 1_000_000}M`;
  if (value >= 1000) return `${value / 1000}k`;
  return String(value);
}

function escapeMd(text: string): string {
  return text.replace(/\|/g, "\\|");
}
