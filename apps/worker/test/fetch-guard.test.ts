// The HTTP engine under the URL guard: every encoding of a private address is refused, the intranet
// allowlist opens exactly its origins (redirects out of them stay refused), connections go to the
// address the guard approved, and a gzip bomb ends the fetch and the fetcher promptly.
import dns from "node:dns";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFetcher, type FetcherOverrides } from "../src/fetch/create-fetcher";
import type { PageFetcher } from "../src/fetch/fetch-page";
import { readEnv } from "../src/env";
import { startFixtureServer, type FixtureServer } from "./fixture-server";
import { startCountingServer, startGzipBomb, type CountingServer } from "./guard-servers";
import { runCli } from "./run-cli";
import { testEnv } from "./test-env";

const PAGE = "<html><body><h1>Intranet pricing</h1><p>Model A: $3 per 1M input tokens</p></body></html>";

let allowed: FixtureServer;
let refused: CountingServer;
const fetchers: PageFetcher[] = [];

function strictFetcher(origins: string[], overrides: FetcherOverrides = {}): PageFetcher {
  const fetcher = createFetcher(testEnv({ RATECARD_ALLOW_PRIVATE_HOSTS: "0", RATECARD_ALLOWED_PRIVATE_ORIGINS: origins.join(",") }), overrides);
  fetchers.push(fetcher);
  return fetcher;
}

beforeAll(async () => {
  [allowed, refused] = await Promise.all([startFixtureServer(), startCountingServer()]);
  allowed.setRoute("/pricing", { body: PAGE });
  allowed.setRoute("/to-private", { status: 302, headers: { location: `${refused.url}/secret` }, body: "" });
});

afterAll(async () => {
  await Promise.all(fetchers.map((f) => f.stop()));
  await Promise.all([allowed.close(), refused.close()]);
});

describe("private addresses in every encoding", () => {
  it.each([
    "http://2130706433/",
    "http://0x7f.1/",
    "http://0x7f000001/",
    "http://0177.0.0.1/",
    "http://127.1/",
    "http://[::7f00:1]/",
    "http://[::127.0.0.1]/",
    "http://[::ffff:127.0.0.1]/",
    "http://[0:0:0:0:0:ffff:7f00:1]/",
    "http://[64:ff9b::7f00:1]/",
    "http://[2002:7f00:1::1]/",
    "http://[fec0::1]/",
    "http://[fd00::1]/",
    "http://[::]/",
    "http://0.0.0.0/",
    "http://localhost./",
    "http://LOCALHOST/",
    "http://app.localhost/",
    "http://169.254.169.254./latest/meta-data/",
    "http://[::ffff:a9fe:a9fe]/",
  ])("refuses %s", async (url) => {
    const fetcher = strictFetcher([]);
    await expect(fetcher.fetch({ url, kind: "page", fetchMode: "http" })).rejects.toMatchObject({ kind: "private-address", retryable: false });
  });
});

describe("RATECARD_ALLOWED_PRIVATE_ORIGINS", () => {
  it("fetches an allowed intranet origin, and nothing else on the same host", async () => {
    const fetcher = strictFetcher([allowed.url]);
    const page = await fetcher.fetch({ url: `${allowed.url}/pricing`, kind: "page", fetchMode: "http" });
    expect(page.body).toContain("Intranet pricing");
    await expect(fetcher.fetch({ url: `${refused.url}/secret`, kind: "page", fetchMode: "http" })).rejects.toMatchObject({ kind: "private-address" });
    // The same port under another name of the same address is another origin.
    await expect(fetcher.fetch({ url: allowed.url.replace("127.0.0.1", "[::ffff:127.0.0.1]") + "/pricing", kind: "page", fetchMode: "http" })).rejects.toMatchObject({ kind: "private-address" });
    expect(refused.connections()).toBe(0);
  });

  it("does not follow a redirect from an allowed origin to a refused one (HTTP engine)", async () => {
    const fetcher = strictFetcher([allowed.url]);
    const error = await fetcher.fetch({ url: `${allowed.url}/to-private`, kind: "page", fetchMode: "http" }).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: "private-address", finalUrl: `${refused.url}/secret` });
    expect(refused.connections()).toBe(0);
  });

  it("is validated: anything but a bare http(s) origin is a clear configuration error", () => {
    expect(readEnv({ RATECARD_ALLOWED_PRIVATE_ORIGINS: " http://127.0.0.1:8080 , https://Wiki.LAN " }).RATECARD_ALLOWED_PRIVATE_ORIGINS).toEqual(["http://127.0.0.1:8080", "https://wiki.lan"]);
    expect(readEnv({}).RATECARD_ALLOWED_PRIVATE_ORIGINS).toEqual([]);
    for (const bad of ["127.0.0.1:8080", "http://127.0.0.1:8080/pricing", "ftp://files.lan", "http://user:pw@wiki.lan"]) {
      expect(() => readEnv({ RATECARD_ALLOWED_PRIVATE_ORIGINS: bad })).toThrow(/RATECARD_ALLOWED_PRIVATE_ORIGINS: .* is not an origin/);
    }
  });
});

describe("DNS rebinding", () => {
  it("connects to the address the guard resolved and approved, never resolving the name again itself", async () => {
    // Only the guard's resolver knows this name (the system resolver answers NXDOMAIN): the page
    // loads only if the socket goes to the address the guard checked.
    const port = new URL(allowed.url).port;
    const resolved: string[] = [];
    const resolveHost = async (host: string): Promise<dns.LookupAddress[]> => {
      resolved.push(host);
      if (host === "pricing.rebind.test") return [{ address: "127.0.0.1", family: 4 }];
      return dns.promises.lookup(host, { all: true });
    };
    const fetcher = strictFetcher([`http://pricing.rebind.test:${port}`], { resolveHost });
    const page = await fetcher.fetch({ url: `http://pricing.rebind.test:${port}/pricing`, kind: "page", fetchMode: "http" });
    expect(page.body).toContain("Intranet pricing");
    // The check and the connection each asked the guard.
    expect(resolved.filter((h) => h === "pricing.rebind.test").length).toBeGreaterThanOrEqual(2);
    // The same name, not allowed, is refused by its private answer.
    const other = strictFetcher([], { resolveHost });
    await expect(other.fetch({ url: `http://pricing.rebind.test:${port}/pricing`, kind: "page", fetchMode: "http" })).rejects.toMatchObject({ kind: "private-address" });
  });
});

describe("gzip bomb", () => {
  it("records the page as too large, and the fetcher closes at once (the body is destroyed)", async () => {
    const bomb = await startGzipBomb();
    try {
      // A long time-out: without the body destroyed, close() would wait for it.
      const fetcher = createFetcher(testEnv({ RATECARD_MAX_BODY_BYTES: "1000000", RATECARD_FETCH_TIMEOUT_MS: "120000" }));
      await expect(fetcher.fetch({ url: `${bomb.url}/bomb`, kind: "page", fetchMode: "http" })).rejects.toMatchObject({ kind: "too-large", message: expect.stringMatching(/larger than the 977 KB limit/) });
      await fetcher.stop();
    } finally {
      await bomb.close();
    }
  }, 30_000);

  it("`ratecard extract` of a gzip bomb exits with a clear error", async () => {
    const bomb = await startGzipBomb();
    try {
      const result = await runCli(["extract", `${bomb.url}/bomb`], { RATECARD_MAX_BODY_BYTES: "1000000", RATECARD_FETCH_TIMEOUT_MS: "120000" });
      expect(result.stderr).toMatch(/bomb is larger than the 977 KB limit \(RATECARD_MAX_BODY_BYTES\)/);
      expect(result.code).toBe(1);
    } finally {
      await bomb.close();
    }
  }, 60_000);

  it("destroys the body of a corrupt gzip answer and of a redirect too", async () => {
    const fetcher = createFetcher(testEnv({ RATECARD_FETCH_TIMEOUT_MS: "120000" }));
    allowed.setRoute("/corrupt", { headers: { "content-encoding": "gzip" }, body: Buffer.concat([Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3]), Buffer.alloc(64, 0xff)]) });
    await expect(fetcher.fetch({ url: `${allowed.url}/corrupt`, kind: "page", fetchMode: "http" })).rejects.toMatchObject({ kind: "network", message: expect.stringMatching(/cannot be decompressed/) });
    allowed.setRoute("/hop", { status: 302, headers: { location: "/pricing" }, body: "x".repeat(100_000) });
    expect((await fetcher.fetch({ url: `${allowed.url}/hop`, kind: "page", fetchMode: "http" })).body).toContain("Intranet pricing");
    await fetcher.stop();
  }, 30_000);
});
