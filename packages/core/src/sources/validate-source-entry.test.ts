import { describe, expect, it } from "vitest";
import { validateSourceEntry } from "./validate-source-entry";

const page = { name: "Acme pricing", url: "https://acme.example/pricing" };

describe("validateSourceEntry", () => {
  it("fills the defaults of a page and normalises its URL and schedule", () => {
    expect(validateSourceEntry({ ...page, url: "  HTTPS://Acme.example/pricing ", every: " 0  */2 * * MON " })).toEqual({
      ok: true,
      input: {
        kind: "page",
        name: "Acme pricing",
        url: "https://acme.example/pricing",
        provider: null,
        fetchMode: "auto",
        selector: null,
        ignorePatterns: [],
        schedule: "0 */2 * * mon",
        enabled: true,
      },
    });
  });

  it("gives each kind its default schedule and keeps repository names as written", () => {
    const repo = validateSourceEntry({ name: "vllm", url: "vllm-project/vllm", kind: "github_repo" });
    expect(repo).toMatchObject({ ok: true, input: { url: "vllm-project/vllm", schedule: "0 3 * * *" } });
    expect(validateSourceEntry({ ...page, kind: "registry" })).toMatchObject({ ok: true, input: { schedule: "0 */6 * * *" } });
  });

  it("names the field of a bad URL, an unsupported scheme and credentials", () => {
    expect(validateSourceEntry({ ...page, url: "not a url" })).toEqual({
      ok: false,
      field: "url",
      error: "'not a url' is not a valid URL: give an absolute http(s) URL such as https://example.com/pricing",
    });
    expect(validateSourceEntry({ ...page, url: "ftp://acme.example/prices" })).toEqual({
      ok: false,
      field: "url",
      error: "'ftp://acme.example/prices' uses ftp: only http and https URLs can be watched",
    });
    expect(validateSourceEntry({ ...page, url: "https://me:pw@acme.example/" })).toMatchObject({ ok: false, field: "url" });
  });

  it("names the schedule field of a bad cron expression", () => {
    expect(validateSourceEntry({ ...page, every: "*/61 * * * *" })).toEqual({
      ok: false,
      field: "every",
      error: "cron expression '*/61 * * * *' is invalid: minute must be 0-59",
    });
  });

  it("names the ignore field of a pattern that is not a regular expression", () => {
    expect(validateSourceEntry({ ...page, ignore: ["ok", "(unclosed"] })).toEqual({
      ok: false,
      field: "ignore",
      error: "ignore pattern '(unclosed' is not a valid regular expression",
    });
  });

  it("names the field of a missing name, an unknown kind and an unknown fetch mode", () => {
    expect(validateSourceEntry({ url: page.url })).toMatchObject({ ok: false, field: "name" });
    expect(validateSourceEntry({ ...page, kind: "rss" })).toMatchObject({ ok: false, field: "kind" });
    expect(validateSourceEntry({ ...page, fetch: "curl" })).toMatchObject({ ok: false, field: "fetch" });
  });

  it("names the url field of a URL over the limit, for every kind, and limits the indexed provider", () => {
    const long = `https://example.com/${"p".repeat(2_992)}`;
    expect(validateSourceEntry({ ...page, url: long })).toEqual({ ok: false, field: "url", error: "URL is 3,012 characters; the limit is 2,048" });
    expect(validateSourceEntry({ name: "repo", kind: "github_repo", url: `a/${"b".repeat(3_000)}` })).toMatchObject({ ok: false, field: "url", error: "URL is 3,002 characters; the limit is 2,048" });
    expect(validateSourceEntry({ ...page, provider: "x".repeat(201) })).toEqual({ ok: false, field: "provider", error: "a provider is at most 200 characters" });
  });
});
