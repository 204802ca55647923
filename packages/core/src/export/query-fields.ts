// Shared readers for the API's query parameters; each throws an ApiQueryError naming the parameter.

export class ApiQueryError extends Error {}

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 500;

export type ParsedQuery<T> = { ok: true; value: T } | { ok: false; error: string };

/** Runs a parser, turning an ApiQueryError into `{ ok: false }`; rejects parameters the endpoint does not know. */
export function parseQuery<T>(params: URLSearchParams, known: readonly string[], read: () => T): ParsedQuery<T> {
  try {
    for (const name of new Set(params.keys())) {
      if (!known.includes(name)) throw new ApiQueryError(`unknown parameter '${name}'; this endpoint accepts: ${known.join(", ")}`);
      if (params.getAll(name).length > 1) throw new ApiQueryError(`parameter '${name}' is given more than once`);
    }
    return { ok: true, value: read() };
  } catch (error) {
    if (error instanceof ApiQueryError) return { ok: false, error: error.message };
    throw error;
  }
}

/** Trimmed text, or undefined when absent or empty; longer than `maxLength` is a 400. */
export function readText(params: URLSearchParams, name: string, maxLength = 200): string | undefined {
  const value = params.get(name)?.trim();
  if (value && value.length > maxLength) throw new ApiQueryError(`parameter '${name}' is longer than ${maxLength} characters`);
  return value ? value : undefined;
}

export function readRequiredText(params: URLSearchParams, name: string): string {
  const value = readText(params, name);
  if (value === undefined) throw new ApiQueryError(`parameter '${name}' is required`);
  return value;
}

export function readChoice<T extends string>(params: URLSearchParams, name: string, choices: readonly T[]): T | undefined {
  const value = readText(params, name);
  if (value === undefined) return undefined;
  if (!(choices as readonly string[]).includes(value)) {
    throw new ApiQueryError(`parameter '${name}' must be one of ${choices.join(", ")}; got '${value}'`);
  }
  return value as T;
}

export function readLimit(params: URLSearchParams): number {
  const value = readText(params, "limit");
  if (value === undefined) return DEFAULT_LIMIT;
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > MAX_LIMIT) {
    throw new ApiQueryError(`parameter 'limit' must be a whole number from 1 to ${MAX_LIMIT}; got '${value}'`);
  }
  return Number(value);
}

export function readNonNegativeNumber(params: URLSearchParams, name: string): number | undefined {
  const value = readText(params, name);
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value) || !Number.isFinite(number)) {
    throw new ApiQueryError(`parameter '${name}' must be a number of 0 or more; got '${value}'`);
  }
  return number;
}

/**
 * The dates the API takes: from the Unix epoch (nothing ratecard stores is older) to the end of year
 * 9999 (four-digit years). Outside it PostgreSQL refuses some (year 0 does not exist there) and
 * JavaScript others, so a date out of range is a 400 naming the parameter, never a query.
 */
export const MIN_API_DATE = new Date("1970-01-01T00:00:00.000Z");
export const MAX_API_DATE = new Date("9999-12-31T23:59:59.999Z");

export function isApiDate(date: Date): boolean {
  const time = date.getTime();
  return !Number.isNaN(time) && time >= MIN_API_DATE.getTime() && time <= MAX_API_DATE.getTime();
}

/** A date (YYYY-MM-DD, midnight UTC) or an ISO 8601 date-time with a zone, from 1970-01-01 to 9999-12-31. */
export function readDate(params: URLSearchParams, name: string): Date | undefined {
  const value = readText(params, name);
  if (value === undefined) return undefined;
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const dateTime = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(:(\d{2})(\.\d{1,3})?)?(Z|[+-](\d{2}):(\d{2}))$/.exec(value);
  const date = new Date(dateOnly ? `${value}T00:00:00Z` : value);
  if ((!dateOnly && !dateTime) || Number.isNaN(date.getTime()) || (dateOnly && date.toISOString().slice(0, 10) !== value) || (dateTime && !isCalendarDateTime(dateTime))) {
    throw new ApiQueryError(`parameter '${name}' must be a date (2026-01-31) or a date-time with a zone (2026-01-31T12:00:00Z); got '${value}'`);
  }
  if (!isApiDate(date)) throw new ApiQueryError(`parameter '${name}' must be between 1970-01-01 and 9999-12-31; got '${value}'`);
  return date;
}

// JavaScript's parser rolls some impossible date-times over (and takes 24:00); ratecard does not.
function isCalendarDateTime(parts: RegExpExecArray): boolean {
  const [, day, hour, minute, , second, , , offsetHours, offsetMinutes] = parts;
  const calendarDay = new Date(`${day}T00:00:00Z`);
  return (
    !Number.isNaN(calendarDay.getTime()) &&
    calendarDay.toISOString().slice(0, 10) === day &&
    Number(hour) < 24 &&
    Number(minute) < 60 &&
    Number(second ?? 0) < 60 &&
    Number(offsetHours ?? 0) < 24 &&
    Number(offsetMinutes ?? 0) < 60
  );
}

export function readDownload(params: URLSearchParams): "csv" | "json" | undefined {
  return readChoice(params, "download", ["csv", "json"] as const);
}
