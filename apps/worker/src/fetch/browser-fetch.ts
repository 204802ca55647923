// The Chromium engine: one shared browser (launched on first use, relaunched after a crash), a fresh
// context per page, bounded concurrency. Chromium only goes where the URL guard allows: every request
// of a context (navigations, redirect hops, sub-requests, frames, workers) goes through that page's
// guarded proxy (guarded-proxy.ts), which resolves and connects itself; WebSockets, WebRTC and
// non-http(s) schemes are refused; route, request and navigation checks are a second line, and the
// final URL is checked again. A refused main-frame navigation fails the check (private-address); other
// refused requests are listed on the page (refusedRequests).
import { existsSync } from "node:fs";
import type { Browser, BrowserContext, Page, Request } from "playwright-core";
import { FetchError } from "./fetch-error";
import { startGuardedProxy, REFUSED_HEADER, type RefusedRequest } from "./guarded-proxy";
import { USER_AGENT } from "./http-fetch";
import type { FetchedPage } from "./types";
import type { UrlGuard } from "./url-guard";

export interface BrowserFetcher {
  fetch(url: string): Promise<FetchedPage>;
  stop(): Promise<void>;
}

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--dns-prefetch-disable",
  // WebRTC could reach any address over UDP, past the proxy.
  "--force-webrtc-ip-handling-policy=disable_non_proxied_udp",
  "--webrtc-ip-handling-policy=disable_non_proxied_udp",
  // Loopback is not exempt from the proxy (Chromium bypasses it for localhost by default).
  "--proxy-bypass-list=<-loopback>",
];

/** At most this many refused requests are kept on a check. */
export const MAX_REFUSED_REQUESTS = 20;

/** In every frame before its scripts: no peer connections (they bypass the proxy). */
const NO_PEER_CONNECTIONS = `for (const name of ["RTCPeerConnection", "webkitRTCPeerConnection", "RTCDataChannel", "WebTransport"]) {
  try { Object.defineProperty(globalThis, name, { value: undefined, configurable: false, writable: false }); } catch {}
}`;

const SKIPPED_RESOURCES = new Set(["image", "media", "font"]);

/**
 * In the page: true once the visible text shows a price and has not grown since the previous poll.
 * Walks text nodes (no layout, unlike innerText) and skips script and style contents.
 */
const PRICES_SETTLED = `(() => {
  const root = document.body || document.documentElement;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/.test(node.parentNode ? node.parentNode.nodeName : "") ? 2 : 1,
  });
  const parts = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) parts.push(node.nodeValue);
  const text = parts.join("");
  const previous = window.__ratecardTextLength;
  window.__ratecardTextLength = text.length;
  return /[$€£¥]\\s?\\d/.test(text) && previous === text.length;
})()`;

export function createBrowserFetcher(options: {
  guard: UrlGuard;
  chromiumPath: string;
  concurrency: number;
  timeoutMs: number;
  maxBodyBytes: number;
  /** Added to CHROMIUM_ARGS (tests: host-resolver rules that a proxied Chromium must not use). */
  extraArgs?: readonly string[];
}): BrowserFetcher {
  const { guard, chromiumPath, timeoutMs } = options;
  let launching: Promise<Browser> | null = null;
  let active = 0;
  const waiting: (() => void)[] = [];

  async function launch(): Promise<Browser> {
    const { chromium } = await import("playwright-core");
    // Every context gets its own guarded proxy; the browser-wide proxy (a discard port) only makes
    // sure nothing outside such a context has a direct way out.
    return chromium.launch({
      executablePath: chromiumPath,
      headless: true,
      args: [...CHROMIUM_ARGS, "--proxy-server=http://127.0.0.1:9", ...(options.extraArgs ?? [])],
      timeout: 60_000,
    });
  }

  /** The running browser; after it died (crash, kill) the next check launches a new one. */
  async function browser(): Promise<Browser> {
    if (!launching) {
      if (!existsSync(chromiumPath)) {
        throw new FetchError("browser", `Chromium not found at ${chromiumPath}: install it (apt-get install chromium) or set CHROMIUM_PATH`);
      }
      const started = launch();
      const forget = () => {
        if (launching === started) launching = null;
      };
      launching = started;
      started.then((b) => b.on("disconnected", forget), forget);
    }
    return launching;
  }

  async function slot<T>(run: () => Promise<T>): Promise<T> {
    if (active >= options.concurrency) await new Promise<void>((resolve) => waiting.push(resolve));
    active++;
    try {
      return await run();
    } finally {
      active--;
      waiting.shift()?.();
    }
  }

  async function fetchPage(rawUrl: string): Promise<FetchedPage> {
    const url = await guard.check(rawUrl);
    return slot(async () => {
      const refused = refusedList();
      const proxy = await startGuardedProxy({ guard, timeoutMs, onRefused: refused.add });
      let instance: Browser | null = null;
      let context: BrowserContext | null = null;
      try {
        instance = await browser();
        context = await instance.newContext({
          userAgent: USER_AGENT,
          viewport: { width: 1280, height: 1200 },
          serviceWorkers: "block",
          proxy: { server: proxy.url },
        });
        return await visit(context, url, refused);
      } catch (error) {
        throw asBrowserError(error, instance, url, refused.list());
      } finally {
        await context?.close().catch(() => {});
        await proxy.close();
      }
    });
  }

  async function visit(context: BrowserContext, url: URL, refused: RefusedList): Promise<FetchedPage> {
    const decisions = new Map<string, Promise<string | null>>();
    /** Null when the guard allows the URL, else the reason it does not. */
    const verdict = (target: string): Promise<string | null> => {
      if (!/^https?:/i.test(target)) return Promise.resolve(`${target.split(":")[0]}: is not http(s)`);
      const origin = new URL(target).origin;
      let decided = decisions.get(origin);
      if (!decided) {
        decided = guard.check(target).then(() => null, (error: unknown) => (error instanceof Error ? error.message : String(error)));
        decisions.set(origin, decided);
      }
      return decided;
    };

    await context.addInitScript(NO_PEER_CONNECTIONS);
    await context.routeWebSocket(/.*/, (socket) => {
      refused.add({ url: socket.url(), reason: "WebSockets are not allowed" });
      return socket.close({ code: 1008, reason: "refused by ratecard" });
    });
    await context.route("**/*", async (route) => {
      const request = route.request();
      // Prices are text: images, fonts and media only cost time on a 2-core machine.
      if (SKIPPED_RESOURCES.has(request.resourceType())) return route.abort("blockedbyclient");
      const reason = await verdict(request.url());
      if (reason === null) return route.continue();
      refused.add({ url: request.url(), reason });
      return route.abort("blockedbyclient");
    });

    const page = await context.newPage();
    // Every main-frame navigation request, redirect hops included (route does not see those), is
    // checked; one refused fails the check. The proxy has refused the connection already.
    let mainRefused: { url: string; reason: string } | null = null;
    const navigationChecks: Promise<void>[] = [];
    page.on("request", (request: Request) => {
      if (!request.isNavigationRequest() || request.frame() !== page.mainFrame()) return;
      navigationChecks.push(
        verdict(request.url()).then((reason) => {
          if (reason !== null && !mainRefused) mainRefused = { url: request.url(), reason };
        }),
      );
    });
    const failIfRefused = async () => {
      await Promise.all(navigationChecks);
      const hit = mainRefused as { url: string; reason: string } | null;
      if (hit) throw new FetchError("private-address", `${url.href} (browser) navigated to ${hit.url}, which is refused: ${hit.reason}`, { finalUrl: hit.url, refusedRequests: refused.list() });
    };

    let response;
    try {
      response = await page.goto(url.href, { waitUntil: "domcontentloaded", timeout: timeoutMs });
    } catch (error) {
      await failIfRefused();
      const message = (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";
      const kind = /Timeout/i.test(message) ? "timeout" : "network";
      throw new FetchError(kind, `${url.href} (browser): ${message}`, { finalUrl: url.href, cause: error });
    }
    // Script-rendered pages fill in after DOMContentLoaded: wait until the page shows a price and its
    // text has stopped growing, or the network has gone quiet, whichever comes first (10 s at most).
    const settleMs = Math.min(10_000, timeoutMs);
    await Promise.race([
      page.waitForLoadState("networkidle", { timeout: settleMs }),
      page.waitForFunction(PRICES_SETTLED, undefined, { polling: 100, timeout: settleMs }),
    ]).catch(() => {});
    await failIfRefused();
    const body = await readContent(page);
    await failIfRefused();
    const finalUrl = page.url();
    if (!/^https?:/i.test(finalUrl)) {
      // An error page (chrome-error://), about:blank or another scheme: not the page, and not stored.
      throw new FetchError("network", `${url.href} (browser) ended at ${finalUrl}, not an http(s) page`, { finalUrl: url.href, refusedRequests: refused.list() });
    }
    const finalReason = await verdict(finalUrl);
    if (finalReason !== null || (response && response.headers()[REFUSED_HEADER])) {
      throw new FetchError("private-address", `${url.href} (browser) ended at ${finalUrl}, which is refused: ${finalReason ?? "refused by the proxy"}`, { finalUrl, refusedRequests: refused.list() });
    }
    if (Buffer.byteLength(body) > options.maxBodyBytes) {
      throw new FetchError("too-large", `${url.href} is larger than the ${Math.round(options.maxBodyBytes / 1024)} KB limit (RATECARD_MAX_BODY_BYTES)`, { finalUrl });
    }
    const screenshot = await page.screenshot({ type: "jpeg", quality: 50, timeout: 10_000 }).catch(() => null);
    const headers = response ? await response.allHeaders() : {};
    return {
      engine: "browser",
      status: response?.status() ?? 200,
      headers,
      body,
      finalUrl,
      contentType: headers["content-type"] ?? "text/html",
      screenshot,
      refusedRequests: refused.list(),
    } satisfies FetchedPage;
  }

  async function stop() {
    const current = launching;
    launching = null;
    if (current) await (await current.catch(() => null))?.close().catch(() => {});
  }

  return { fetch: fetchPage, stop };
}

/** The page's HTML; a navigation the page started itself (location.href) may replace it while read. */
async function readContent(page: Page): Promise<string> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await page.content();
    } catch (error) {
      if (attempt >= 2 || !/navigat/i.test(String(error))) throw error;
      await page.waitForLoadState("domcontentloaded").catch(() => {});
    }
  }
}

interface RefusedList {
  add: (refused: RefusedRequest) => void;
  list: () => RefusedRequest[];
}

/** Refused requests of one page, each URL once, at most MAX_REFUSED_REQUESTS. */
function refusedList(): RefusedList {
  const byUrl = new Map<string, RefusedRequest>();
  return {
    add: (refused) => {
      if (byUrl.size < MAX_REFUSED_REQUESTS && !byUrl.has(refused.url)) byUrl.set(refused.url, { url: refused.url.slice(0, 2000), reason: refused.reason.slice(0, 500) });
    },
    list: () => [...byUrl.values()],
  };
}

/** A browser that died (killed, crashed, out of memory) is a "browser" failure: retried, and relaunched for the next check. */
function asBrowserError(error: unknown, browser: Browser | null, url: URL, refusedRequests: RefusedRequest[]): FetchError {
  const message = (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";
  const died = (browser !== null && !browser.isConnected()) || /has been closed|crashed|Target closed|browser has disconnected/i.test(message);
  if (error instanceof FetchError && !died) return error;
  const what = died ? "Chromium stopped during the check" : "Chromium failed";
  return new FetchError("browser", `${url.href}: ${what} (${message})`, { finalUrl: url.href, cause: error, refusedRequests });
}
