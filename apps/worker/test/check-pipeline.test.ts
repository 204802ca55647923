// The page check from end to end on a real Postgres, a local HTTP server and a real Chromium.
import { diffText } from "@ratecard/core";
import { createSource, listSnapshots, type Source } from "@ratecard/db";
import { describe, expect, it } from "vitest";
import { createFetcher } from "../src/fetch/create-fetcher";
import { checkSource } from "../src/jobs/check-source";
import { useCheckHarness } from "./check-harness";
import { fixturePage, type Route } from "./fixture-server";
import { testEnv } from "./test-env";

const STATIC_PAGE = "/pages/anthropic__2026-05-08__quill-router-claude-com-pricing.html";
const OPUS_ROW = "| Claude Opus 4.6     | $5 / MTok         | $6.25 / MTok    | $10 / MTok      | $0.50 / MTok | $25 / MTok    |";

const harness = useCheckHarness();
const deps = () => harness.deps();


function addPage(path: string, extra: Partial<Parameters<typeof createSource>[1]> = {}): Promise<Source> {
  return createSource(harness.db, { kind: "page", name: path, url: `${harness.server.url}${path}`, schedule: "0 */6 * * *", provider: "anthropic", ...extra });
}

describe("checking a page", () => {
  it("stores a static page once: the same content twice gives one snapshot and two checks", async () => {
    const source = await addPage(STATIC_PAGE);
    const first = await checkSource(deps(), source);
    expect(first.check.outcome).toBe("changed");
    expect(first.check.engine).toBe("http");
    expect(first.snapshot?.normalizedText).toContain("$5 / MTok");
    expect(first.snapshot?.normalizedText).not.toMatch(/<script|function\s*\(/);
    const firstSeen = first.snapshot!.lastSeenAt;

    const second = await checkSource(deps(), source);
    expect(second.check.outcome).toBe("unchanged");
    expect(second.snapshot?.id).toBe(first.snapshot?.id);
    expect(second.snapshot!.lastSeenAt.getTime()).toBeGreaterThanOrEqual(firstSeen.getTime());
    expect(second.snapshot!.firstSeenAt).toEqual(first.snapshot!.firstSeenAt);

    expect(await harness.db.snapshot.count({ where: { sourceId: source.id } })).toBe(1);
    expect(await harness.db.check.count({ where: { sourceId: source.id } })).toBe(2);
    const stored = await harness.db.snapshot.findFirstOrThrow({ where: { sourceId: source.id } });
    expect(stored.rawBody).toBe(await fixturePage(STATIC_PAGE.replace("/pages/", "")));
  });

  it("a changed page gives a second snapshot linked to the first, and a text diff of the change", async () => {
    const v1 = await fixturePage("anthropic__2026-02-06__claude-docs-sitemap.md");
    // The stated edit: Claude Opus 4.6 base input goes from $5 to $4 per MTok.
    const v2 = v1.replace(OPUS_ROW, OPUS_ROW.replace("| $5 / MTok         |", "| $4 / MTok         |"));
    expect(v2).not.toBe(v1);
    let body = v1;
    harness.server.setRoute("/changing.md", () => ({ body, headers: { "content-type": "text/markdown" } }));
    const source = await addPage("/changing.md");

    const first = await checkSource(deps(), source);
    body = v2;
    const second = await checkSource(deps(), source);
    expect(second.check.outcome).toBe("changed");
    expect(second.previous?.id).toBe(first.snapshot?.id);
    expect(second.snapshot?.previousId).toBe(first.snapshot?.id);

    const snapshots = await listSnapshots(harness.db, source.id);
    expect(snapshots).toHaveLength(2);
    const diff = diffText(first.snapshot!.normalizedText, second.snapshot!.normalizedText);
    expect(diff.added).toBe(1);
    expect(diff.removed).toBe(1);
    const changed = diff.hunks.flatMap((h) => h.lines).filter((l) => l.op !== "context");
    expect(changed.map((l) => l.op)).toEqual(["remove", "add"]);
    expect(changed[0]?.text).toContain("$5 / MTok");
    expect(changed[1]?.text).toContain("$4 / MTok");

    // Back to the first version: no new row, the old snapshot is current again.
    body = v1;
    const third = await checkSource(deps(), source);
    expect(third.check.outcome).toBe("changed");
    expect(third.snapshot?.id).toBe(first.snapshot?.id);
    expect(third.snapshot?.previousId).toBe(second.snapshot?.id);
    expect(await harness.db.snapshot.count({ where: { sourceId: source.id } })).toBe(2);
    expect((await listSnapshots(harness.db, source.id)).map((s) => s.id)).toEqual([first.snapshot?.id, second.snapshot?.id]);
  });

  it("uses Chromium for a script-rendered page whose prices are not in the HTML", async () => {
    const markdown = await fixturePage("anthropic__2026-02-06__claude-docs-sitemap.md");
    const rows = markdown.split("\n").filter((line) => line.startsWith("| Claude"));
    const payload = Buffer.from(JSON.stringify(rows.map((row) => row.split("|").slice(1, -1).map((c) => c.trim())))).toString("base64");
    const shell = `<!doctype html><html><head><title>Pricing</title></head><body><div id="root"></div>
<script>document.addEventListener("DOMContentLoaded", () => setTimeout(() => {
  const rows = JSON.parse(atob("${payload}"));
  const table = document.createElement("table");
  for (const cells of rows) { const tr = table.insertRow(); for (const c of cells) tr.insertCell().textContent = c; }
  document.getElementById("root").appendChild(table);
}, 150));</script></body></html>`;
    expect(shell).not.toContain("$5 / MTok");
    harness.server.setRoute("/rendered", { body: shell });
    const source = await addPage("/rendered");

    const result = await checkSource(deps(), source);
    expect(result.check.outcome).toBe("changed");
    expect(result.check.engine).toBe("browser");
    expect(result.snapshot?.normalizedText).toContain("| Claude Opus 4.6 | $5 / MTok | $6.25 / MTok | $10 / MTok | $0.50 / MTok | $25 / MTok |");
    expect(result.snapshot?.screenshot?.length ?? 0).toBeGreaterThan(1000);

    const httpOnly = await addPage("/rendered", { fetchMode: "http", name: "http only", kind: "page", url: `${harness.server.url}/rendered?mode=http` });
    const plain = await checkSource(deps(), httpOnly);
    // Without the browser the shell has no readable text: a failed check, not an empty snapshot.
    expect(plain.check.outcome).toBe("failed");
    expect(plain.check.error).toMatch(/has no readable text/);
    expect(plain.snapshot).toBeNull();
  });

  it("records a bot challenge as blocked and leaves the last good snapshot alone", async () => {
    const good = await fixturePage("anthropic__2026-02-06__claude-docs-sitemap.md");
    let challenged = false;
    harness.server.setRoute("/guarded", (): Route =>
      challenged
        ? {
            status: 403,
            headers: { "content-type": "text/html; charset=UTF-8", server: "cloudflare", "cf-mitigated": "challenge", "cf-ray": "8c1f2e3d4b5a6978-FRA" },
            body: `<!DOCTYPE html><html lang="en-US"><head><title>Just a moment...</title><meta http-equiv="refresh" content="390"></head><body><div class="main-wrapper"><h1>platform.claude.com</h1><p>Verifying you are human. This may take a few seconds.</p><script src="/cdn-cgi/challenge-platform/h/b/orchestrate/chl_page/v1?ray=8c1f2e3d4b5a6978"></script></div></body></html>`,
          }
        : { body: good, headers: { "content-type": "text/markdown" } },
    );
    const source = await addPage("/guarded");
    const first = await checkSource(deps(), source);
    expect(first.check.outcome).toBe("changed");
    const before = await harness.db.snapshot.findFirstOrThrow({ where: { sourceId: source.id } });

    challenged = true;
    const blocked = await checkSource(deps(), source);
    expect(blocked.check.outcome).toBe("blocked");
    expect(blocked.check.httpStatus).toBe(403);
    expect(blocked.check.error).toMatch(/challenge/i);
    expect(blocked.snapshot).toBeNull();
    const after = await harness.db.snapshot.findMany({ where: { sourceId: source.id } });
    expect(after).toHaveLength(1);
    expect(after[0]?.lastSeenAt).toEqual(before.lastSeenAt);
    expect(after[0]?.normalizedText).toBe(before.normalizedText);
  });

  it("refuses private addresses unless allowed, on the first request and on redirects", async () => {
    const strict = createFetcher(testEnv({ RATECARD_ALLOW_PRIVATE_HOSTS: "0" }));
    try {
      const source = await addPage(STATIC_PAGE, { url: `${harness.server.url}${STATIC_PAGE}?strict` });
      const refused = await checkSource({ db: harness.db, fetcher: strict, now: () => new Date() }, source);
      expect(refused.check.outcome).toBe("failed");
      expect(refused.check.error).toMatch(/refused to fetch 127\.0\.0\.1.*private or local address/);
      expect(refused.retryable).toBe(false);
      for (const url of ["http://localhost/", "http://169.254.169.254/latest/meta-data/", "http://[::1]/", "http://10.0.0.8/", "http://[::ffff:127.0.0.1]/"]) {
        await expect(strict.fetch({ url, kind: "page", fetchMode: "http" })).rejects.toMatchObject({ kind: "private-address" });
      }
    } finally {
      await strict.stop();
    }
    // Allowed for tests, a redirect still has to pass the checks of its target (here: its scheme).
    harness.server.setRoute("/to-file", { status: 302, headers: { location: "file:///etc/passwd" }, body: "" });
    await expect(harness.fetcher.fetch({ url: `${harness.server.url}/to-file`, kind: "page", fetchMode: "http" })).rejects.toMatchObject({ kind: "invalid-url" });
    harness.server.setRoute("/hop", { status: 301, headers: { location: STATIC_PAGE }, body: "" });
    const followed = await harness.fetcher.fetch({ url: `${harness.server.url}/hop`, kind: "page", fetchMode: "http" });
    expect(followed.finalUrl).toBe(`${harness.server.url}${STATIC_PAGE}`);
  });

  it("records a host that does not exist at once, without retries, with or without the private-address guard", async () => {
    const strict = createFetcher(testEnv({ RATECARD_ALLOW_PRIVATE_HOSTS: "0" }));
    try {
      for (const fetcher of [strict, harness.fetcher]) {
        const error = await fetcher.fetch({ url: "http://no-such-host.invalid/pricing", kind: "page", fetchMode: "http" }).catch((e: unknown) => e);
        expect(error).toMatchObject({ kind: "unknown-host", retryable: false, message: "cannot resolve no-such-host.invalid: ENOTFOUND" });
      }
    } finally {
      await strict.stop();
    }
  });

  it("fails clearly on a 404, an oversized page and a time-out, without touching stored snapshots", async () => {
    const source = await addPage("/pages/no-such-page.html");
    const missing = await checkSource(deps(), source);
    expect(missing.check.outcome).toBe("failed");
    expect(missing.check.httpStatus).toBe(404);
    expect(missing.check.error).toMatch(/not found/);

    const small = createFetcher(testEnv({ RATECARD_MAX_BODY_BYTES: "20000", RATECARD_FETCH_TIMEOUT_MS: "1000" }));
    try {
      const big = await addPage(STATIC_PAGE, { url: `${harness.server.url}${STATIC_PAGE}?big` });
      const tooLarge = await checkSource({ db: harness.db, fetcher: small, now: () => new Date() }, big);
      expect(tooLarge.check.outcome).toBe("failed");
      expect(tooLarge.check.error).toMatch(/larger than the 20 KB limit/);

      harness.server.setRoute("/slow", { body: "<p>late</p>", delayMs: 3000 });
      const slow = await addPage("/slow");
      const timedOut = await checkSource({ db: harness.db, fetcher: small, now: () => new Date() }, slow);
      expect(timedOut.check.outcome).toBe("failed");
      expect(timedOut.check.error).toMatch(/did not answer within 1 s/);
      expect(timedOut.retryable).toBe(true);
    } finally {
      await small.stop();
    }
    expect(await harness.db.snapshot.count({ where: { sourceId: { in: [source.id] } } })).toBe(0);
  });
});
