// Whether a dated price applies yet, relative to a clock the caller passes in.
import type { Price } from "../../pricing/types";

/**
 * A price with a validFrom is scheduled when the date is after `now`, or always when no `now` is
 * given (without a clock the date cannot be known to have passed). Unreadable dates count as future.
 */
export function isScheduledPrice(price: Pick<Price, "validFrom">, now: Date | undefined): boolean {
  if (!price.validFrom) return false;
  if (!now) return true;
  const from = Date.parse(price.validFrom);
  return Number.isNaN(from) || from > now.getTime();
}

/** A price whose validUntil has passed (an ended promotion). A date-only validUntil includes that whole day (UTC). */
export function isExpiredPrice(price: Pick<Price, "validUntil">, now: Date | undefined): boolean {
  if (!price.validUntil || !now) return false;
  const until = Date.parse(price.validUntil);
  if (Number.isNaN(until)) return false;
  const end = /^\d{4}-\d{2}-\d{2}$/.test(price.validUntil.trim()) ? until + 86_400_000 - 1 : until;
  return now.getTime() > end;
}
