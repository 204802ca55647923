import type { FetchEngine, Prisma, Snapshot } from "../generated/prisma/client";

/** A request of the page that the fetcher's URL guard refused, and why. */
export interface RefusedRequest {
  url: string;
  reason: string;
}

/** What a fetch produced, before it is stored: new content to compare, or a check that got nothing usable. */
export type CheckResult = (
  | {
      kind: "content";
      engine: FetchEngine;
      httpStatus: number | null;
      finalUrl: string | null;
      contentType: string | null;
      rawBody: string;
      normalizedText: string;
      contentHash: string;
      screenshot?: Uint8Array | null;
    }
  | {
      kind: "blocked" | "failed";
      engine: FetchEngine | null;
      httpStatus: number | null;
      finalUrl: string | null;
      error: string;
    }
) & {
  /** Stored on the check (null when empty). */
  refusedRequests?: readonly RefusedRequest[];
};

/** What the price analysis of new content stores with its snapshot, in the same transaction. */
export interface PriceAnalysis {
  cardStatus: string;
  cardWarnings: string[];
  /** Changes that failed verification and priced lines that could not be read (stored on the snapshot). */
  extractionGaps?: unknown[];
  /** Why a "degraded" card is degraded: how many of the previous card's prices were lost, and whose. */
  cardHealth?: { lostPrices: number; previousPrices: number; lostModels: string[] };
  pricePoints: Omit<Prisma.PricePointCreateManyInput, "snapshotId">[];
  events: Omit<Prisma.ChangeEventCreateManyInput, "sourceId" | "fromSnapshotId" | "toSnapshotId" | "detectedAt">[];
}

/** Computes the analysis of `next` against the snapshot it replaces (pure: no I/O inside). */
export type AnalysePrices = (previous: Snapshot | null, next: { normalizedText: string; rawBody: string; contentType: string | null }) => PriceAnalysis;

/** Runs inside the snapshot's transaction with the ids of the events just stored (e.g. to queue their alerts). */
export type AfterEvents = (tx: Prisma.TransactionClient, eventIds: string[]) => Promise<unknown>;
