import type { FetchEngine } from "../generated/prisma/client";

/** What a fetch produced, before it is stored: new content to compare, or a check that got nothing usable. */
export type CheckResult =
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
    };
