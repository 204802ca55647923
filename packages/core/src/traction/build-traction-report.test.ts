import { describe, expect, it } from "vitest";
import { buildTractionReport } from "./build-traction-report";
import { formatTractionReport } from "./format-traction-report";
import type { SeriesPoint } from "./types";

const DAY = 86_400_000;
const now = new Date("2026-03-01T00:00:00Z");
const series = (values: [daysAgo: number, value: number][]): SeriesPoint[] => values.map(([d, value]) => ({ at: new Date(now.getTime() - d * DAY), value }));

const inputs = [
  // +10 % in 30 days (1000 → 1100)
  { name: "steady/repo", kind: "github_repo" as const, url: "https://github.com/steady/repo", series: series([[60, 900], [30, 1000], [0, 1100]]) },
  // +50 % in 30 days (2000 → 3000), and faster than the month before (+1000 vs +500): ×2
  { name: "rocket/repo", kind: "github_repo" as const, url: "https://github.com/rocket/repo", series: series([[60, 1500], [30, 2000], [7, 2800], [0, 3000]]) },
  // +20 % (500 → 600 members)
  { name: "Rocket Discord", kind: "discord_invite" as const, url: "https://discord.gg/rocket", series: series([[30, 500], [0, 600]]) },
  // One sample only: no growth yet
  { name: "new/repo", kind: "github_repo" as const, url: "https://github.com/new/repo", series: series([[0, 10]]) },
];

describe("buildTractionReport", () => {
  const rows = buildTractionReport(inputs, { now, sinceDays: 30 });

  it("sorts by growth over the window, rows without enough history last", () => {
    expect(rows.map((r) => [r.name, r.growthPct])).toEqual([["rocket/repo", 50], ["Rocket Discord", 20], ["steady/repo", 10], ["new/repo", null]]);
  });

  it("carries current value, deltas, weekly growth and acceleration", () => {
    const rocket = rows[0];
    expect(rocket).toMatchObject({ metric: "stars", current: 3000, change7d: 200, change30d: 1000, change90d: null, changeSince: 1000, acceleration: 2, nextMilestone: 5000 });
    // (3000/2000)^(7/30) − 1 = 9.92 %; (5000 − 3000) / (1000/30 a day) = 60 days
    expect(rocket?.weeklyGrowthPct).toBe(9.92);
    expect(rocket?.daysToMilestone).toBe(60);
    expect(rows[1]?.metric).toBe("discord_members");
  });
});

describe("formatTractionReport", () => {
  const rows = buildTractionReport(inputs, { now, sinceDays: 30 });

  it("markdown: a table in growth order", () => {
    const md = formatTractionReport(rows, "md");
    const lines = md.split("\n");
    expect(lines[0]).toBe("| # | name | metric | current | 7d | 30d | 90d | 30d | growth | weekly | accel. | next milestone |");
    expect(lines[2]).toBe("| 1 | rocket/repo | stars | 3,000 | +200 | +1,000 | — | +1,000 | +50.0% | +9.9% | ×2.00 | 5k in 60 d |");
    expect(lines[5]).toContain("| 4 | new/repo | stars | 10 |");
  });

  it("csv: one header and one line per row, empty cells for unknown figures", () => {
    const csv = formatTractionReport(rows, "csv").split("\n");
    expect(csv[0]).toBe("name,kind,metric,current,change7d,change30d,change90d,change_30d,growthPct,weeklyGrowthPct,acceleration,nextMilestone,daysToMilestone,estimated,url");
    expect(csv[1]).toBe("rocket/repo,github_repo,stars,3000,200,1000,,1000,50,9.92,2,5000,60,false,https://github.com/rocket/repo");
    expect(csv).toHaveLength(5);
  });

  it("csv: a scraped name that looks like a formula stays text; negative numbers stay numbers", () => {
    const hostile = { ...rows[0]!, name: '=HYPERLINK("http://evil.example","x")', change7d: -20 };
    const line = formatTractionReport([hostile], "csv").split("\n")[1]!;
    expect(line.startsWith(`"'=HYPERLINK(""http://evil.example"",""x"")",github_repo,stars,3000,-20,`)).toBe(true);
  });

  it("json: the rows as data", () => {
    const parsed = JSON.parse(formatTractionReport(rows, "json")) as { rows: { name: string }[] };
    expect(parsed.rows.map((r) => r.name)).toEqual(["rocket/repo", "Rocket Discord", "steady/repo", "new/repo"]);
  });
});
