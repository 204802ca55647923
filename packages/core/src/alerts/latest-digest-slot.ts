import type { DigestSchedule } from "./types";
import { addLocalDays, localParts, zonedTimeToUtc } from "./zoned-time";

const DEFAULT_HOUR = 9;
const DEFAULT_WEEKDAY = 1; // Monday

/**
 * The most recent digest time at or before `now` (the wall-clock hour in the rule's time zone, so 09:00
 * Berlin is 08:00 UTC in winter and 07:00 UTC in summer), or null for immediate rules.
 */
export function latestDigestSlot(schedule: DigestSchedule, now: Date): Date | null {
  if (schedule.cadence === "immediate") return null;
  const hour = schedule.digestHour ?? DEFAULT_HOUR;
  const weekday = schedule.digestWeekday ?? DEFAULT_WEEKDAY;
  const today = localParts(now, schedule.timeZone);
  // Eight local days back always contain a weekly slot that has passed.
  for (let back = 0; back <= 8; back++) {
    const date = addLocalDays(today, -back);
    if (schedule.cadence === "weekly" && date.weekday !== weekday) continue;
    const slot = zonedTimeToUtc({ ...date, hour }, schedule.timeZone);
    if (slot.getTime() <= now.getTime()) return slot;
  }
  return null;
}

/** The first digest time after `now`, or null for immediate rules. */
export function nextDigestSlot(schedule: DigestSchedule, now: Date): Date | null {
  if (schedule.cadence === "immediate") return null;
  const hour = schedule.digestHour ?? DEFAULT_HOUR;
  const weekday = schedule.digestWeekday ?? DEFAULT_WEEKDAY;
  const today = localParts(now, schedule.timeZone);
  for (let ahead = 0; ahead <= 8; ahead++) {
    const date = addLocalDays(today, ahead);
    if (schedule.cadence === "weekly" && date.weekday !== weekday) continue;
    const slot = zonedTimeToUtc({ ...date, hour }, schedule.timeZone);
    if (slot.getTime() > now.getTime()) return slot;
  }
  return null;
}
