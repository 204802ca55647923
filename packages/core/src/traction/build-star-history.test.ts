import { describe, expect, it } from "vitest";
import { buildStarHistory } from "./build-star-history";
import { interpolateDailyPoints } from "./interpolate-daily-points";

// The six real stargazers of danvk/comparea (created 2014-07-29T07:02:43Z), from the GitHub fixture.
const created = new Date("2014-07-29T07:02:43Z");
const starredAt = ["2014-08-13T19:22:05Z", "2014-10-15T05:02:30Z", "2015-04-14T15:22:40Z", "2015-04-29T00:09:40Z", "2015-04-29T14:26:46Z", "2015-05-09T19:14:45Z"].map((s) => new Date(s));

describe("buildStarHistory", () => {
  const history = buildStarHistory({ fromCount: 0, after: created, starredAt, exactUntil: new Date("2015-05-10T12:00:00Z") });
  const at = (day: string) => history.points.find((p) => p.at.toISOString() === `${day}T00:00:00.000Z`)?.value;

  it("writes one point per UTC midnight from the day after creation to the last exact instant", () => {
    // Jul 30–31 (2) + Aug..Apr (31+30+31+30+31+31+28+31+30 = 273) + May 1–10 (10) = 285
    expect(history.points).toHaveLength(285);
    expect(history.points[0]?.at.toISOString()).toBe("2014-07-30T00:00:00.000Z");
    expect(history.until.toISOString()).toBe("2015-05-10T00:00:00.000Z");
    expect(history.count).toBe(6);
  });

  it("each point counts the stars given before that midnight", () => {
    expect(at("2014-08-13")).toBe(0); // first star at 19:22 that day
    expect(at("2014-08-14")).toBe(1);
    expect(at("2014-10-15")).toBe(1); // second star at 05:02 on the 15th
    expect(at("2014-10-16")).toBe(2);
    expect(at("2015-04-29")).toBe(3);
    expect(at("2015-04-30")).toBe(5); // two stars on the 29th
    expect(at("2015-05-10")).toBe(6);
  });

  it("continues from the last boundary and count of an earlier call", () => {
    const next = buildStarHistory({ fromCount: history.count, after: history.until, starredAt: [new Date("2015-05-12T08:00:00Z")], exactUntil: new Date("2015-05-13T01:00:00Z") });
    expect(next.points.map((p) => [p.at.toISOString().slice(0, 10), p.value])).toEqual([["2015-05-11", 6], ["2015-05-12", 6], ["2015-05-13", 7]]);
    expect(next.count).toBe(7);
  });

  it("writes nothing when no midnight has passed since the last boundary", () => {
    const same = buildStarHistory({ fromCount: 6, after: new Date("2015-05-10T00:00:00Z"), starredAt: [], exactUntil: new Date("2015-05-10T20:00:00Z") });
    expect(same.points).toEqual([]);
    expect(same.until.toISOString()).toBe("2015-05-10T00:00:00.000Z");
  });
});

describe("interpolateDailyPoints", () => {
  it("fills midnights on the line from the last exact count to the current total, marked estimated", () => {
    // 40,000 at Jan 10 12:00 → 40,400 at Jan 14 12:00: +100 a day; midnights are 0.5, 1.5, 2.5, 3.5 days in.
    const points = interpolateDailyPoints({ at: new Date("2026-01-10T12:00:00Z"), value: 40_000 }, { at: new Date("2026-01-14T12:00:00Z"), value: 40_400 });
    expect(points.map((p) => [p.at.toISOString().slice(0, 10), p.value, p.estimated])).toEqual([
      ["2026-01-11", 40_050, true],
      ["2026-01-12", 40_150, true],
      ["2026-01-13", 40_250, true],
      ["2026-01-14", 40_350, true],
    ]);
  });
});
