import type { Db } from "../create-db-client";

/** Pauses (false) or resumes (true) a source's scheduled checks; false when there is no such source. */
export async function setSourceEnabled(db: Db, id: string, enabled: boolean): Promise<boolean> {
  const { count } = await db.source.updateMany({ where: { id }, data: { enabled } });
  return count === 1;
}
