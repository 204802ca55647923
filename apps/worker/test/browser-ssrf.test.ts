// Chromium goes only where the URL guard allows. A page on an allowed intranet origin (A) tries every
// way to reach an address that is not allowed (B): redirects, fetch(), iframes, meta refresh,
// location.href, WebSockets. B must never get a connection and its content must never be stored.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFetcher } from "../src/fetch/create-fetcher";
import type { PageFetcher } from "../src/fetch/fetch-page";
import { startFixtureServer, type FixtureServer } from "./fixture-server";
import { startCountingServer, type CountingServer } from "./guard-servers";
import { testEnv } from "./test-env";

const PRICES = "<h1>Intranet pricing</h1><p>Model A: $3 per 1M input tokens, $15 per 1M output tokens.</p>";
const page = (extra: string) => `<!doctype html><html><head><title>A</title></head><body>${PRICES}${extra}</body></html>`;

let a: FixtureServer;
let b: CountingServer;
let fetcher: PageFetcher;

beforeAll(async () => {
  [a, b] = await Promise.all([startFixtureServer(), startCountingServer()]);
  fetcher = createFetcher(testEnv({ RATECARD_ALLOW_PRIVATE_HOSTS: "0", RATECARD_ALLOWED_PRIVATE_ORIGINS: a.url }));
  const secret = `${b.url}/secret`;
  a.setRoute("/pricing", { body: page("") });
  a.setRoute("/to-private", { status: 302, headers: { location: secret }, body: "" });
  a.setRoute("/to-file", { status: 302, headers: { location: "file:///etc/passwd" }, body: "" });
  a.setRoute("/fetch", {
    body: page(`<pre id="out"></pre><script>
      const out = document.getElementById("out");
      for (const url of [${JSON.stringify(secret)}, "/to-private"]) fetch(url).then((r) => r.text()).then((t) => out.append(t), () => out.append("[fetch refused]"));
    </script>`),
  });
  a.setRoute("/frames", { body: page(`<iframe src="${secret}"></iframe><iframe src="/to-private"></iframe>`) });
  a.setRoute("/meta-refresh", { body: `<html><head><meta http-equiv="refresh" content="0;url=${secret}"></head><body>${PRICES}</body></html>` });
  a.setRoute("/location", { body: page(`<script>location.href = ${JSON.stringify(secret)};</script>`) });
  const wsA = a.url.replace("http", "ws");
  const wsB = b.url.replace("http", "ws");
  a.setRoute("/websocket", {
    body: page(`<p id="ws"></p><script>
      for (const url of [${JSON.stringify(`${wsB}/socket`)}, ${JSON.stringify(`${wsA}/socket`)}]) {
        try { const socket = new WebSocket(url); socket.onopen = () => document.getElementById("ws").append("open " + url); } catch (e) {}
      }
    </script>`),
  });
  a.setRoute("/worker", {
    body: page(`<script>new Worker(URL.createObjectURL(new Blob([${JSON.stringify(`fetch(${JSON.stringify(secret)}).catch(() => {});`)}])));</script>`),
  });
  // A script shell for the HTTP engine, a redirect to B for Chromium (it sends Sec-Fetch-Mode).
  a.setRoute("/shell", (request) =>
    request.headers["sec-fetch-mode"]
      ? { status: 302, headers: { location: secret }, body: "" }
      : { body: `<!doctype html><html><body><div id="root"></div><script src="/app.js"></script></body></html>` },
  );
});

afterAll(async () => {
  await fetcher?.stop();
  await Promise.all([a?.close(), b?.close()]);
});

const browse = (path: string, fetchMode: "browser" | "auto" = "browser") => fetcher.fetch({ url: `${a.url}${path}`, kind: "page", fetchMode });

describe("a browser that only goes where the guard allows", () => {
  it("loads the allowed intranet page", async () => {
    const result = await browse("/pricing");
    expect(result.engine).toBe("browser");
    expect(result.body).toContain("Intranet pricing");
    expect(result.refusedRequests).toEqual([]);
  });

  it("fails a main-frame redirect to a refused address (private-address, nothing stored)", async () => {
    await expect(browse("/to-private")).rejects.toMatchObject({ kind: "private-address", retryable: false });
    expect(b.connections()).toBe(0);
  });

  it("stores the page but not what its fetch() calls (direct or through a redirect) got from a refused address, and lists them", async () => {
    const result = await browse("/fetch");
    expect(result.body).toContain("Intranet pricing");
    expect(result.body).not.toContain("B SECRET");
    expect(result.refusedRequests?.map((r) => r.url)).toContain(`${b.url}/secret`);
    expect(result.refusedRequests?.every((r) => /refused to fetch 127\.0\.0\.1/.test(r.reason))).toBe(true);
    expect(b.connections()).toBe(0);
  });

  it("does not load iframes from a refused address, directly or through a redirect", async () => {
    const result = await browse("/frames");
    expect(result.body).toContain("Intranet pricing");
    expect(result.refusedRequests?.map((r) => r.url)).toContain(`${b.url}/secret`);
    expect(b.connections()).toBe(0);
  });

  it("stores nothing when a redirect leaves http(s) (file:)", async () => {
    const error = await browse("/to-file").catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: expect.stringMatching(/network|invalid-url|private-address/) });
    expect(String((error as Error).message)).not.toContain("root:");
  });

  it("fails a meta refresh to a refused address", async () => {
    await expect(browse("/meta-refresh")).rejects.toMatchObject({ kind: "private-address" });
    expect(b.connections()).toBe(0);
  });

  it("fails a location.href navigation to a refused address", async () => {
    await expect(browse("/location")).rejects.toMatchObject({ kind: "private-address" });
    expect(b.connections()).toBe(0);
  });

  it("refuses every WebSocket, to a refused address and to the allowed origin alike", async () => {
    const result = await browse("/websocket");
    expect(result.body).not.toContain("open ws");
    const refusedUrls = result.refusedRequests?.map((r) => r.url) ?? [];
    expect(refusedUrls).toContain(`${b.url.replace("http", "ws")}/socket`);
    expect(refusedUrls).toContain(`${a.url.replace("http", "ws")}/socket`);
    expect(b.connections()).toBe(0);
  });

  it("refuses a worker's request to a refused address", async () => {
    const result = await browse("/worker");
    expect(result.body).toContain("Intranet pricing");
    expect(b.connections()).toBe(0);
  });

  it("auto mode: a script shell for the HTTP engine and a redirect for Chromium fails as private-address", async () => {
    await expect(browse("/shell", "auto")).rejects.toMatchObject({ kind: "private-address" });
    expect(b.connections()).toBe(0);
  });
});

describe("Chromium's own DNS is never used", () => {
  it("connects a name to the address the guard approved, whatever Chromium would resolve it to", async () => {
    const port = Number(new URL(a.url).port);
    // What Chromium's own resolver says (127.0.0.2) serves other content on the same port.
    const rebound = await startCountingServer({ host: "127.0.0.2", port, body: "<p>REBOUND $1</p>" });
    const origin = `http://pricing.rebind.test:${port}`;
    const pinned = createFetcher(testEnv({ RATECARD_ALLOW_PRIVATE_HOSTS: "0", RATECARD_ALLOWED_PRIVATE_ORIGINS: origin }), {
      resolveHost: async (host) => (host === "pricing.rebind.test" ? [{ address: "127.0.0.1", family: 4 }] : []),
      chromiumArgs: ["--host-resolver-rules=MAP pricing.rebind.test 127.0.0.2"],
    });
    try {
      const result = await pinned.fetch({ url: `${origin}/pricing`, kind: "page", fetchMode: "browser" });
      expect(result.body).toContain("Intranet pricing");
      expect(result.body).not.toContain("REBOUND");
      expect(rebound.connections()).toBe(0);
    } finally {
      await pinned.stop();
      await rebound.close();
    }
  });
});
