import { describe, expect, it } from "vitest";
import { encodePageCursor } from "./page-cursor";
import { parseEventsQuery } from "./parse-events-query";
import { parseHistoryQuery } from "./parse-history-query";
import { parsePricesQuery } from "./parse-prices-query";
import { exportFileName } from "./export-file-name";

const q = (text: string) => new URLSearchParams(text);
const ID = "0b6f1c8e-7c1a-4b8e-9a51-3f2d1e0c9b7a";

describe("parseEventsQuery", () => {
  it("reads the feed's filters, dates, limit and a cursor", () => {
    const cursor = encodePageCursor(["2026-03-01T10:00:00.000Z", ID]);
    expect(parseEventsQuery(q(`provider=openai&model=mini&kind=price_decrease&minPct=12.5&since=2026-01-01&until=2026-02-01T12:00:00%2B01:00&limit=20&cursor=${cursor}&download=csv`))).toEqual({
      ok: true,
      value: {
        provider: "openai",
        model: "mini",
        kind: "price_decrease",
        minPct: 12.5,
        since: new Date("2026-01-01T00:00:00Z"),
        until: new Date("2026-02-01T11:00:00Z"),
        limit: 20,
        after: ["2026-03-01T10:00:00.000Z", ID],
        download: "csv",
      },
    });
  });

  it("defaults to 50 rows and leaves out empty filters (the feed's form sends them empty)", () => {
    expect(parseEventsQuery(q("provider=&model=%20&kind=&minPct="))).toEqual({ ok: true, value: { limit: 50 } });
    expect(parseEventsQuery(q("minPct=0"))).toEqual({ ok: true, value: { limit: 50 } });
  });

  it.each([
    ["kind=price_up", "parameter 'kind' must be one of price_increase, price_decrease"],
    ["minPct=-5", "parameter 'minPct' must be a number of 0 or more; got '-5'"],
    ["minPct=ten", "parameter 'minPct' must be a number"],
    ["limit=0", "parameter 'limit' must be a whole number from 1 to 500; got '0'"],
    ["limit=501", "from 1 to 500"],
    ["limit=2.5", "from 1 to 500"],
    ["since=2026-02-30", "parameter 'since' must be a date"],
    ["until=yesterday", "parameter 'until' must be a date"],
    ["since=2026-01-01T10:00:00", "with a zone"],
    ["since=2026-02-01&until=2026-01-01", "parameter 'since' (2026-02-01T00:00:00.000Z) must be before 'until'"],
    ["cursor=abc", "parameter 'cursor' is not a cursor of this endpoint"],
    [`cursor=${encodePageCursor(["yesterday", ID])}`, "parameter 'cursor' is not a cursor"],
    [`cursor=${encodePageCursor(["2026-03-01T10:00:00.000Z", "1; DROP TABLE"])}`, "parameter 'cursor' is not a cursor"],
    ["download=xlsx", "parameter 'download' must be one of csv, json"],
    ["min_pct=5", "unknown parameter 'min_pct'; this endpoint accepts: provider, model, kind, minPct"],
    ["kind=model_added&kind=model_removed", "parameter 'kind' is given more than once"],
  ])("rejects %s with a message naming the parameter", (text, message) => {
    const result = parseEventsQuery(q(text));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(message);
  });
});

describe("parsePricesQuery", () => {
  it("reads provider, model, source kind and a five-part cursor", () => {
    const cursor = encodePageCursor(["OpenAI", "GPT-5 mini", "input", "standard", ID]);
    expect(parsePricesQuery(q(`provider=OpenAI&model=mini&sourceKind=page&cursor=${cursor}`))).toEqual({
      ok: true,
      value: { provider: "OpenAI", model: "mini", sourceKind: "page", limit: 50, after: ["OpenAI", "GPT-5 mini", "input", "standard", ID] },
    });
  });

  it("accepts the cursor of a row with long scraped names (a next link must always work)", () => {
    const key = ["Ｐｒｏｖｉｄｅｒ with a long name", "Model ".repeat(20) + "(preview, 2026-03-01 snapshot)", "cache_write", "batch", ID];
    const cursor = encodePageCursor(key);
    expect(cursor.length).toBeGreaterThan(200);
    expect(parsePricesQuery(q(`cursor=${cursor}`))).toMatchObject({ ok: true, value: { after: key } });
    expect(parsePricesQuery(q(`cursor=${"A".repeat(2001)}`))).toMatchObject({ ok: false, error: expect.stringContaining("longer than 2000") });
  });

  it("refuses an events cursor and parameters that belong to events", () => {
    const eventsCursor = encodePageCursor(["2026-03-01T10:00:00.000Z", ID]);
    expect(parsePricesQuery(q(`cursor=${eventsCursor}`))).toMatchObject({ ok: false, error: expect.stringContaining("not a cursor") });
    expect(parsePricesQuery(q("kind=price_increase"))).toMatchObject({ ok: false, error: expect.stringContaining("unknown parameter 'kind'") });
    expect(parsePricesQuery(q("sourceKind=github_repo"))).toMatchObject({ ok: false, error: expect.stringContaining("must be one of page, registry") });
  });
});

describe("parseHistoryQuery", () => {
  it("needs a provider and a model", () => {
    expect(parseHistoryQuery(q("provider=OpenAI&model=GPT-5%20mini&limit=10"))).toEqual({ ok: true, value: { provider: "OpenAI", model: "GPT-5 mini", limit: 10 } });
    expect(parseHistoryQuery(q("provider=OpenAI"))).toEqual({ ok: false, error: "parameter 'model' is required" });
    expect(parseHistoryQuery(q("model=x&download=csv"))).toMatchObject({ ok: false, error: expect.stringContaining("unknown parameter 'download'") });
  });
});

describe("exportFileName", () => {
  it("dates the file in UTC", () => {
    expect(exportFileName("events", "csv", new Date("2026-11-26T23:30:00-05:00"))).toBe("ratecard-events-2026-11-27.csv");
  });
});
