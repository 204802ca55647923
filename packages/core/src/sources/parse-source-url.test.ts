import { describe, expect, it } from "vitest";
import { parseSourceUrl } from "./parse-source-url";

describe("parseSourceUrl", () => {
  it("accepts http and https, trimmed and normalised", () => {
    expect(parseSourceUrl(" https://Example.com/pricing ")).toEqual({ ok: true, url: "https://example.com/pricing" });
    expect(parseSourceUrl("http://127.0.0.1:8080/a.html")).toEqual({ ok: true, url: "http://127.0.0.1:8080/a.html" });
  });

  it("refuses relative URLs, other schemes and credentials with a message naming the input", () => {
    expect(parseSourceUrl("/pricing")).toMatchObject({ ok: false, error: expect.stringContaining("'/pricing' is not a valid URL") });
    expect(parseSourceUrl("javascript:alert(1)")).toEqual({
      ok: false,
      error: "'javascript:alert(1)' uses javascript: only http and https URLs can be watched",
    });
    expect(parseSourceUrl("https://u:p@example.com/")).toEqual({ ok: false, error: "'example.com': URLs with credentials are not accepted" });
  });

  it("refuses a URL over 2,048 characters, saying its length and the limit, before anything parses it", () => {
    const long = `https://example.com/${"p".repeat(2_992)}`;
    expect(long).toHaveLength(3_012);
    expect(parseSourceUrl(long)).toEqual({ ok: false, error: "URL is 3,012 characters; the limit is 2,048" });
    expect(parseSourceUrl(`https://example.com/${"p".repeat(2_048 - 20)}`)).toMatchObject({ ok: true });
  });

  it("measures the normalised URL too: percent-encoding can push a URL over the limit", () => {
    const spaces = `https://example.com/${" x".repeat(700)}`;
    expect(spaces.length).toBeLessThan(2_048);
    expect(parseSourceUrl(spaces)).toEqual({ ok: false, error: "URL is 2,820 characters once normalised; the limit is 2,048" });
  });
});
