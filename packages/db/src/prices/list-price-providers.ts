import type { SourceKind } from "../generated/prisma/client";
import type { Db } from "../create-db-client";

/** The providers that have sources of these kinds, for filter choices (SQL DISTINCT over the small sources table). */
export async function listPriceProviders(db: Db, kinds: SourceKind[]): Promise<string[]> {
  const rows = await db.$queryRaw<{ provider: string }[]>`
    SELECT DISTINCT provider FROM sources WHERE provider IS NOT NULL AND kind::text = ANY(${kinds}::text[]) ORDER BY provider`;
  return rows.map((row) => row.provider);
}
