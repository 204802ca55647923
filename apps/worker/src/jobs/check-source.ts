// The check of a page or registry source: fetch, normalise, hash, store (once per distinct content),
// and for new content its price points and the change events against the content it replaced.
import { documentContentType, hashContent, normalizePageText, validateRegistry } from "@ratecard/core";
import { recordCheckResult, type CheckResult, type Db, type RecordedCheck, type Source } from "@ratecard/db";
import { FetchError } from "../fetch/fetch-error";
import type { PageFetcher } from "../fetch/fetch-page";
import { enqueueEventAlerts } from "../alerts/enqueue-event-alerts";
import { createPriceAnalyser } from "./analyse-prices";

export interface CheckDeps {
  db: Db;
  fetcher: PageFetcher;
  now: () => Date;
}

export interface CheckSummary extends RecordedCheck {
  /** True when the failure may pass on a retry (a time-out, a 503). */
  retryable: boolean;
}

/** Thrown instead of recording a failure that a later attempt of the same job may not have. */
export class RetryLaterError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RetryLaterError";
  }
}

export async function checkSource(
  deps: CheckDeps,
  source: Source,
  /** retryLater: a time-out or 5xx is not recorded but thrown as RetryLaterError (the queue retries the job). */
  options: { slotAt?: Date | null; retryLater?: boolean } = {},
): Promise<CheckSummary> {
  const startedAt = deps.now();
  let result: CheckResult;
  let retryable = false;
  try {
    if (source.kind !== "page" && source.kind !== "registry") {
      throw new FetchError("invalid-url", `${source.kind} sources are collected by their own job, not checked as pages`);
    }
    const page = await deps.fetcher.fetch({ url: source.url, kind: source.kind, fetchMode: source.fetchMode });
    if (source.kind === "registry") {
      // A truncated or foreign registry is a failed check: no snapshot, the previous one stays current.
      const registry = validateRegistry(page.body, page.finalUrl);
      if (!registry.ok) throw new FetchError("http-status", registry.error, { status: page.status, finalUrl: page.finalUrl });
    }
    const contentType = documentContentType({ contentType: page.contentType, url: page.finalUrl });
    const normalizedText = normalizePageText({
      body: page.body,
      contentType,
      selector: source.selector,
      ignorePatterns: source.ignorePatterns,
    });
    if (normalizedText.trim() === "") throw new FetchError("http-status", `${page.finalUrl} has no readable text${source.selector ? ` inside '${source.selector}'` : ""}`, { status: page.status, finalUrl: page.finalUrl });
    result = {
      kind: "content",
      engine: page.engine,
      httpStatus: page.status,
      finalUrl: page.finalUrl,
      contentType,
      rawBody: page.body,
      normalizedText,
      contentHash: hashContent(normalizedText),
      screenshot: page.screenshot ?? null,
      refusedRequests: page.refusedRequests ?? [],
    };
  } catch (error) {
    const fetchError = error instanceof FetchError ? error : null;
    retryable = fetchError?.retryable ?? false;
    result = {
      kind: fetchError?.kind === "blocked" ? "blocked" : "failed",
      engine: null,
      httpStatus: fetchError?.status ?? null,
      finalUrl: fetchError?.finalUrl ?? null,
      error: error instanceof Error ? error.message : String(error),
      refusedRequests: fetchError?.refusedRequests ?? [],
    };
  }
  if (retryable && options.retryLater && result.kind !== "content") throw new RetryLaterError(result.error);
  const finishedAt = deps.now();
  const analyse = createPriceAnalyser(source, finishedAt);
  const recorded = await recordCheckResult(deps.db, {
    sourceId: source.id,
    startedAt,
    finishedAt,
    slotAt: options.slotAt ?? null,
    result,
    ...(analyse ? { analyse, afterEvents: (tx, ids) => enqueueEventAlerts(tx, ids, finishedAt) } : {}),
  });
  return { ...recorded, retryable };
}
