// Conversions shared by the API's shapes: decimals become JSON numbers, dates ISO strings.

export function toNumber(value: { toString(): string } | string | null): number | null {
  return value === null ? null : Number(value.toString());
}

/** A calendar date column (valid_from, valid_until) as YYYY-MM-DD. */
export function toDay(value: Date | null): string | null {
  return value === null ? null : value.toISOString().slice(0, 10);
}
