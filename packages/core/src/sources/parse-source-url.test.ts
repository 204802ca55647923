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
});
