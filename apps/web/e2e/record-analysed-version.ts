// One new version of a source, stored through the pipeline's own recordCheckResult with a given analysis
// (price points, card status, gaps), for specs that add a source of their own.
import { hashContent } from "@ratecard/core";
import { recordCheckResult, type Db, type PriceAnalysis } from "@ratecard/db";

export async function recordAnalysedVersion(db: Db, sourceId: string, text: string, analysis: PriceAnalysis): Promise<void> {
  const now = new Date();
  await recordCheckResult(db, {
    sourceId,
    startedAt: now,
    finishedAt: now,
    result: { kind: "content", engine: "http", httpStatus: 200, finalUrl: null, contentType: "text/plain", rawBody: text, normalizedText: text, contentHash: hashContent(text) },
    analyse: () => analysis,
  });
}
