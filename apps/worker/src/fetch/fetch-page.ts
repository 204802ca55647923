// One interface over both engines: HTTP first, Chromium when the source asks for it or the HTML is a
// script-rendered shell; every response is classified (challenge, not found, HTTP error) here.
import { detectBotChallenge, needsBrowser } from "@ratecard/core";
import type { BrowserFetcher } from "./browser-fetch";
import { FetchError } from "./fetch-error";
import type { HttpFetcher } from "./http-fetch";
import type { FetchedPage } from "./types";

export interface PageRequest {
  url: string;
  kind: "page" | "registry" | "github_repo" | "discord_invite";
  fetchMode: "auto" | "http" | "browser";
}

export interface PageFetcher {
  fetch(request: PageRequest): Promise<FetchedPage>;
  stop(): Promise<void>;
}

export function createPageFetcher(engines: { http: HttpFetcher; browser: BrowserFetcher }): PageFetcher {
  async function fetchPage(request: PageRequest): Promise<FetchedPage> {
    if (request.kind === "page" && request.fetchMode === "browser") return classify(await engines.browser.fetch(request.url));
    const accept = request.kind === "registry" ? "application/json, text/plain;q=0.9, */*;q=0.5" : undefined;
    const page = classify(await engines.http.fetch(request.url, accept ? { accept } : {}));
    if (request.kind === "page" && request.fetchMode === "auto" && isHtml(page) && needsBrowser(page.body)) {
      return classify(await engines.browser.fetch(page.finalUrl));
    }
    return page;
  }

  return {
    fetch: fetchPage,
    stop: async () => {
      await Promise.allSettled([engines.http.close(), engines.browser.stop()]);
    },
  };
}

function isHtml(page: FetchedPage): boolean {
  return /html/i.test(page.contentType ?? "") || /^\s*<(!doctype|html)/i.test(page.body.slice(0, 200));
}

/** Turns a response that is not the page itself into the FetchError that describes it. */
export function classify(page: FetchedPage): FetchedPage {
  const challenge = detectBotChallenge({ status: page.status, headers: page.headers, body: page.body });
  if (challenge.blocked) {
    throw new FetchError("blocked", `${page.finalUrl}: ${challenge.reason}`, { status: page.status, finalUrl: page.finalUrl });
  }
  if (page.status === 404 || page.status === 410) {
    throw new FetchError("not-found", `${page.finalUrl} answered HTTP ${page.status} (not found): check the URL`, { status: page.status, finalUrl: page.finalUrl });
  }
  if (page.status >= 400) {
    throw new FetchError("http-status", `${page.finalUrl} answered HTTP ${page.status}`, { status: page.status, finalUrl: page.finalUrl });
  }
  return page;
}
