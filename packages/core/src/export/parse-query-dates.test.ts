// Every date an API route reads from its query string (since/until of /api/v1/events, the time inside
// the cursors of /api/v1/events and /api/v1/price-history), fuzzed: the parser never throws, and either
// returns dates from 1970-01-01 to 9999-12-31 (what PostgreSQL and JavaScript both represent) or a 400
// message naming the parameter. `since=0000-01-01` used to reach PostgreSQL and answer 500.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { encodePageCursor } from "./page-cursor";
import { parseEventsQuery } from "./parse-events-query";
import { parseHistoryQuery } from "./parse-history-query";
import { parsePricesQuery } from "./parse-prices-query";
import { MAX_API_DATE, MIN_API_DATE, type ParsedQuery } from "./query-fields";

const ID = "0b6f1c8e-7c1a-4b8e-9a51-3f2d1e0c9b7a";
const q = (entries: Record<string, string>) => new URLSearchParams(entries);
const pad = (value: number, width: number) => String(value).padStart(width, "0");

/** Date-like text: right shapes with any digits (year 0, month 13, 24:00, offsets past 23 h), and junk. */
const dateText = fc.oneof(
  fc.tuple(fc.integer({ min: 0, max: 99_999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 })).map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`),
  fc
    .record({
      y: fc.oneof(fc.integer({ min: 0, max: 9999 }), fc.constantFrom(0, 1, 1969, 1970, 9999)),
      m: fc.integer({ min: 0, max: 13 }),
      d: fc.integer({ min: 0, max: 32 }),
      h: fc.integer({ min: 0, max: 25 }),
      min: fc.integer({ min: 0, max: 61 }),
      s: fc.option(fc.integer({ min: 0, max: 61 })),
      ms: fc.option(fc.integer({ min: 0, max: 999 })),
      zone: fc.oneof(fc.constant("Z"), fc.tuple(fc.constantFrom("+", "-"), fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 70 })).map(([sign, h, m]) => `${sign}${pad(h, 2)}:${pad(m, 2)}`), fc.constant("")),
    })
    .map(({ y, m, d, h, min, s, ms, zone }) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}T${pad(h, 2)}:${pad(min, 2)}${s === null ? "" : `:${pad(s, 2)}${ms === null ? "" : `.${pad(ms, 3)}`}`}${zone}`),
  fc.constantFrom("0000-01-01", "0001-01-01T00:30:00+01:00", "1969-12-31T23:59:59Z", "1970-01-01T00:00:00+00:01", "9999-12-31T23:59:59-00:01", "+275760-09-13", "-000001-01-01", "2026-02-29", "2024-02-29", "2026-01-01T24:00:00Z", "NaN", "", " "),
  fc.string({ maxLength: 40 }),
);

function expectDatesInRangeOrNamedError(result: ParsedQuery<object>, name: string): void {
  if (result.ok) {
    for (const value of Object.values(result.value)) {
      const dates = value instanceof Date ? [value] : Array.isArray(value) ? value.filter((part) => /^\d{4}-/.test(part)).map((part) => new Date(part)) : [];
      for (const date of dates) {
        expect(Number.isNaN(date.getTime())).toBe(false);
        expect(date.getTime()).toBeGreaterThanOrEqual(MIN_API_DATE.getTime());
        expect(date.getTime()).toBeLessThanOrEqual(MAX_API_DATE.getTime());
      }
    }
  } else {
    expect(result.error).toContain(`parameter '${name}'`);
  }
}

describe("dates in API query strings", () => {
  it("refuse year 0 and other dates outside 1970-01-01 .. 9999-12-31 with a message naming the parameter", () => {
    expect(parseEventsQuery(q({ since: "0000-01-01" }))).toEqual({ ok: false, error: "parameter 'since' must be between 1970-01-01 and 9999-12-31; got '0000-01-01'" });
    expect(parseEventsQuery(q({ until: "0001-01-01T00:30:00+01:00" }))).toMatchObject({ ok: false, error: expect.stringContaining("parameter 'until' must be between") });
    expect(parseEventsQuery(q({ since: "1969-12-31T23:59:59Z" }))).toMatchObject({ ok: false, error: expect.stringContaining("parameter 'since'") });
    expect(parseEventsQuery(q({ since: "2026-01-01T24:00:00Z" }))).toMatchObject({ ok: false, error: expect.stringContaining("parameter 'since' must be a date") });
    expect(parseEventsQuery(q({ since: "2026-01-31T12:00:00+25:00" }))).toMatchObject({ ok: false, error: expect.stringContaining("parameter 'since' must be a date") });
    expect(parseEventsQuery(q({ since: "1970-01-01", until: "9999-12-31T23:59:59Z" }))).toEqual({
      ok: true,
      value: { since: MIN_API_DATE, until: new Date("9999-12-31T23:59:59Z"), limit: 50 },
    });
  });

  it("refuse cursors whose time is out of range or no real instant", () => {
    for (const time of ["0000-01-01T00:00:00.000Z", "2026-02-30T10:00:00.000Z", "2026-01-01T25:00:00.000Z"]) {
      const cursor = encodePageCursor([time, ID]);
      expect(parseEventsQuery(q({ cursor }))).toMatchObject({ ok: false, error: expect.stringContaining("parameter 'cursor'") });
      expect(parseHistoryQuery(q({ provider: "openai", model: "gpt-5", cursor }))).toMatchObject({ ok: false, error: expect.stringContaining("parameter 'cursor'") });
    }
  });

  it("fuzzed since and until of /api/v1/events: in-range dates or a 400 naming the parameter, never a throw", () => {
    fc.assert(
      fc.property(fc.constantFrom("since", "until"), dateText, (name, text) => {
        expectDatesInRangeOrNamedError(parseEventsQuery(q({ [name]: text })), name);
      }),
      { numRuns: 3000 },
    );
  });

  it("fuzzed cursor times of /api/v1/events and /api/v1/price-history (and date text in /api/v1/prices' cursor) likewise", () => {
    const isoish = fc.oneof(dateText, dateText.map((text) => `${text.slice(0, 19)}.000Z`));
    fc.assert(
      fc.property(isoish, (time) => {
        const cursor = encodePageCursor([time, ID]);
        expectDatesInRangeOrNamedError(parseEventsQuery(q({ cursor })), "cursor");
        expectDatesInRangeOrNamedError(parseHistoryQuery(q({ provider: "openai", model: "gpt-5", cursor })), "cursor");
        // /api/v1/prices has no date parameter: date text is just an unknown parameter or a text key.
        expect(parsePricesQuery(q({ since: time }))).toMatchObject({ ok: false, error: expect.stringContaining("parameter 'since'") });
      }),
      { numRuns: 2000 },
    );
  });
});
