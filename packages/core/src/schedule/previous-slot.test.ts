import { describe, expect, it } from "vitest";
import { previousSlot } from "./previous-slot";

const at = (iso: string): Date => new Date(iso);

describe("previousSlot", () => {
  it("returns the slot itself when now is within its minute", () => {
    expect(previousSlot("0 */6 * * *", at("2026-05-08T12:00:00.000Z"))).toEqual(at("2026-05-08T12:00:00Z"));
    expect(previousSlot("0 */6 * * *", at("2026-05-08T12:00:59.999Z"))).toEqual(at("2026-05-08T12:00:00Z"));
  });

  it("returns the latest earlier slot otherwise, across day and month boundaries", () => {
    expect(previousSlot("0 */6 * * *", at("2026-05-08T11:59:59Z"))).toEqual(at("2026-05-08T06:00:00Z"));
    expect(previousSlot("0 3 * * *", at("2026-06-01T02:59:00Z"))).toEqual(at("2026-05-31T03:00:00Z"));
    expect(previousSlot("*/15 * * * *", at("2026-05-08T10:44:30Z"))).toEqual(at("2026-05-08T10:30:00Z"));
    // 2026-05-08 is a Friday; the previous Monday 09:00 is 2026-05-04.
    expect(previousSlot("0 9 * * mon", at("2026-05-08T12:00:00Z"))).toEqual(at("2026-05-04T09:00:00Z"));
  });

  it("accepts the shorthands", () => {
    expect(previousSlot("@daily", at("2026-05-08T12:34:56Z"))).toEqual(at("2026-05-08T00:00:00Z"));
    expect(previousSlot("@monthly", at("2026-05-08T12:34:56Z"))).toEqual(at("2026-05-01T00:00:00Z"));
  });

  it("reads the schedule in the given time zone, daylight saving included", () => {
    // 03:00 in Paris is 01:00 UTC in summer time (from 2026-03-29) and 02:00 UTC in winter time.
    expect(previousSlot("0 3 * * *", at("2026-03-29T02:30:00Z"), "Europe/Paris")).toEqual(at("2026-03-29T01:00:00Z"));
    expect(previousSlot("0 3 * * *", at("2026-03-29T00:30:00Z"), "Europe/Paris")).toEqual(at("2026-03-28T02:00:00Z"));
    expect(previousSlot("0 9 * * *", at("2026-05-08T12:00:00Z"), "America/New_York")).toEqual(at("2026-05-07T13:00:00Z"));
  });

  it("throws the parse error for a bad expression and names an unknown time zone", () => {
    expect(() => previousSlot("*/61 * * * *", at("2026-05-08T12:00:00Z"))).toThrow(
      "cron expression '*/61 * * * *' is invalid: minute must be 0-59",
    );
    expect(() => previousSlot("0 * * * *", at("2026-05-08T12:00:00Z"), "Mars/Olympus")).toThrow(/time zone 'Mars\/Olympus'/);
  });
});
