import type { Db } from "../create-db-client";
import { hashSessionToken } from "./hash-session-token";

/** Ends a session (signing out); an unknown token is not an error. */
export async function deleteSession(db: Db, token: string): Promise<void> {
  await db.session.deleteMany({ where: { id: hashSessionToken(token) } });
}
