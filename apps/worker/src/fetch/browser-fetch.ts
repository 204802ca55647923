// The Chromium engine: one shared browser (launched on first use), a fresh context per page,
// bounded concurrency, and every request the page makes passed through the URL guard.
import { existsSync } from "node:fs";
import type { Browser } from "playwright-core";
import { FetchError } from "./fetch-error";
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
];

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
}): BrowserFetcher {
  const { guard, chromiumPath, timeoutMs } = options;
  let launching: Promise<Browser> | null = null;
  let active = 0;
  const waiting: (() => void)[] = [];

  async function browser(): Promise<Browser> {
    if (!launching) {
      if (!existsSync(chromiumPath)) {
        throw new FetchError("browser", `Chromium not found at ${chromiumPath}: install it (apt-get install chromium) or set CHROMIUM_PATH`);
      }
      launching = import("playwright-core").then(({ chromium }) => chromium.launch({ executablePath: chromiumPath, headless: true, args: CHROMIUM_ARGS, timeout: 60_000 }));
      launching.then((b) => b.on("disconnected", () => (launching = null))).catch(() => (launching = null));
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
      const context = await (await browser()).newContext({ userAgent: USER_AGENT, viewport: { width: 1280, height: 1200 }, serviceWorkers: "block" });
      try {
        const decisions = new Map<string, Promise<boolean>>();
        await context.route("**/*", async (route) => {
          // Prices are text: images, fonts and media only cost time on a 2-core machine.
          if (SKIPPED_RESOURCES.has(route.request().resourceType())) return route.abort("blockedbyclient");
          const target = route.request().url();
          if (!/^https?:/i.test(target)) return route.continue();
          const host = new URL(target).host;
          let allowed = decisions.get(host);
          if (!allowed) {
            allowed = guard.check(target).then(() => true, () => false);
            decisions.set(host, allowed);
          }
          return (await allowed) ? route.continue() : route.abort("blockedbyclient");
        });
        const page = await context.newPage();
        let response;
        try {
          response = await page.goto(url.href, { waitUntil: "domcontentloaded", timeout: timeoutMs });
        } catch (error) {
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
        const body = await page.content();
        if (Buffer.byteLength(body) > options.maxBodyBytes) {
          throw new FetchError("too-large", `${url.href} is larger than the ${Math.round(options.maxBodyBytes / 1024)} KB limit (RATECARD_MAX_BODY_BYTES)`, { finalUrl: page.url() });
        }
        const screenshot = await page.screenshot({ type: "jpeg", quality: 50, timeout: 10_000 }).catch(() => null);
        const headers = response ? await response.allHeaders() : {};
        return {
          engine: "browser",
          status: response?.status() ?? 200,
          headers,
          body,
          finalUrl: page.url(),
          contentType: headers["content-type"] ?? "text/html",
          screenshot,
        } satisfies FetchedPage;
      } finally {
        await context.close().catch(() => {});
      }
    });
  }

  async function stop() {
    const pending = launching;
    launching = null;
    if (pending) await (await pending.catch(() => null))?.close().catch(() => {});
  }

  return { fetch: fetchPage, stop };
}
