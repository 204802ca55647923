import type { Db } from "../create-db-client";
import { isUuid } from "../ids/is-uuid";

/** Revokes one of the user's own tokens; returns false when the user has no such active token. */
export async function revokeApiToken(db: Db, input: { userId: string; tokenId: string; now: Date }): Promise<boolean> {
  if (!isUuid(input.tokenId)) return false;
  const { count } = await db.apiToken.updateMany({
    where: { id: input.tokenId, userId: input.userId, revokedAt: null },
    data: { revokedAt: input.now },
  });
  return count > 0;
}
