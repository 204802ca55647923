import type { Db } from "../create-db-client";
import type { ApiToken } from "../generated/prisma/client";

export type ApiTokenSummary = Pick<ApiToken, "id" | "name" | "prefix" | "createdAt" | "lastUsedAt" | "expiresAt" | "revokedAt">;

/** One user's tokens, newest first (a user has a handful, so no paging). Never returns the hash. */
export async function listApiTokens(db: Db, userId: string): Promise<ApiTokenSummary[]> {
  return db.apiToken.findMany({
    where: { userId },
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, expiresAt: true, revokedAt: true },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
  });
}
