import { describe, expect, it } from "vitest";
import { latestDigestSlot, nextDigestSlot } from "./latest-digest-slot";
import type { DigestSchedule } from "./types";

const daily: DigestSchedule = { cadence: "daily", digestHour: 9, digestWeekday: null, timeZone: "Europe/Berlin" };
const weekly: DigestSchedule = { cadence: "weekly", digestHour: 9, digestWeekday: 1, timeZone: "Europe/Berlin" };
const at = (iso: string) => new Date(iso);

describe("digest slots", () => {
  it("sends a daily Berlin digest at 09:00 local time on both sides of the spring DST change", () => {
    // Summer time starts on Sunday 2026-03-29 at 01:00 UTC: 09:00 moves from 08:00 UTC to 07:00 UTC.
    expect(latestDigestSlot(daily, at("2026-03-28T12:00:00Z"))?.toISOString()).toBe("2026-03-28T08:00:00.000Z");
    expect(latestDigestSlot(daily, at("2026-03-29T06:59:00Z"))?.toISOString()).toBe("2026-03-28T08:00:00.000Z");
    expect(latestDigestSlot(daily, at("2026-03-29T07:00:00Z"))?.toISOString()).toBe("2026-03-29T07:00:00.000Z");
    expect(nextDigestSlot(daily, at("2026-03-28T08:00:00Z"))?.toISOString()).toBe("2026-03-29T07:00:00.000Z");
    expect(nextDigestSlot(daily, at("2026-03-29T07:00:00Z"))?.toISOString()).toBe("2026-03-30T07:00:00.000Z");
  });

  it("sends a daily Berlin digest at 09:00 local time across the autumn DST change", () => {
    // Winter time from Sunday 2026-10-25 at 01:00 UTC.
    expect(latestDigestSlot(daily, at("2026-10-24T23:00:00Z"))?.toISOString()).toBe("2026-10-24T07:00:00.000Z");
    expect(nextDigestSlot(daily, at("2026-10-24T07:00:00Z"))?.toISOString()).toBe("2026-10-25T08:00:00.000Z");
  });

  it("moves an hour that does not exist on the DST night to just after the jump", () => {
    const twoAm: DigestSchedule = { ...daily, digestHour: 2 };
    expect(nextDigestSlot(twoAm, at("2026-03-28T12:00:00Z"))?.toISOString()).toBe("2026-03-29T01:00:00.000Z"); // 03:00 CEST
    expect(nextDigestSlot(twoAm, at("2026-03-29T12:00:00Z"))?.toISOString()).toBe("2026-03-30T00:00:00.000Z"); // 02:00 CEST
  });

  it("sends a weekly digest on Monday at the stated hour, whatever day it is now", () => {
    expect(latestDigestSlot(weekly, at("2026-04-01T12:00:00Z"))?.toISOString()).toBe("2026-03-30T07:00:00.000Z");
    expect(latestDigestSlot(weekly, at("2026-03-30T06:59:59Z"))?.toISOString()).toBe("2026-03-23T08:00:00.000Z");
    expect(nextDigestSlot(weekly, at("2026-03-30T07:00:00Z"))?.toISOString()).toBe("2026-04-06T07:00:00.000Z");
    const fridayNewYork: DigestSchedule = { cadence: "weekly", digestHour: 17, digestWeekday: 5, timeZone: "America/New_York" };
    expect(latestDigestSlot(fridayNewYork, at("2026-11-30T00:00:00Z"))?.toISOString()).toBe("2026-11-27T22:00:00.000Z");
  });

  it("has no slots for immediate rules", () => {
    expect(latestDigestSlot({ ...daily, cadence: "immediate" }, at("2026-03-28T12:00:00Z"))).toBeNull();
  });
});
