import { describe, expect, it } from "vitest";
import { nextRuns } from "./next-runs";

const at = (iso: string): Date => new Date(iso);

describe("nextRuns", () => {
  it("lists the next runs strictly after the start", () => {
    expect(nextRuns("0 */6 * * *", at("2026-05-08T12:00:00Z"), 4)).toEqual([
      at("2026-05-08T18:00:00Z"),
      at("2026-05-09T00:00:00Z"),
      at("2026-05-09T06:00:00Z"),
      at("2026-05-09T12:00:00Z"),
    ]);
  });

  it("handles month ends, weekdays and the weekly shorthand", () => {
    expect(nextRuns("0 0 31 * *", at("2026-05-08T00:00:00Z"), 3)).toEqual([
      at("2026-05-31T00:00:00Z"),
      at("2026-07-31T00:00:00Z"),
      at("2026-08-31T00:00:00Z"),
    ]);
    // 2026-05-08 is a Friday.
    expect(nextRuns("30 8 * * 1-5", at("2026-05-08T09:00:00Z"), 2)).toEqual([at("2026-05-11T08:30:00Z"), at("2026-05-12T08:30:00Z")]);
    expect(nextRuns("@weekly", at("2026-05-08T09:00:00Z"), 2)).toEqual([at("2026-05-10T00:00:00Z"), at("2026-05-17T00:00:00Z")]);
  });

  it("follows daylight saving in the given time zone", () => {
    expect(nextRuns("0 3 * * *", at("2026-03-28T12:00:00Z"), 2, "Europe/Paris")).toEqual([
      at("2026-03-29T01:00:00Z"),
      at("2026-03-30T01:00:00Z"),
    ]);
  });

  it("returns nothing for a count of zero and throws on a bad expression", () => {
    expect(nextRuns("0 * * * *", at("2026-05-08T12:00:00Z"), 0)).toEqual([]);
    expect(() => nextRuns("0 24 * * *", at("2026-05-08T12:00:00Z"), 1)).toThrow("cron expression '0 24 * * *' is invalid: hour must be 0-23");
  });
});
