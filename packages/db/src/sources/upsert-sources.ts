import type { Db } from "../create-db-client";
import { toSourceData } from "./create-source";
import type { SourceInput } from "./types";

/** Imports a watch list: new (kind, url) pairs are added, known ones updated; returns the counts. */
export async function upsertSources(db: Db, inputs: SourceInput[]): Promise<{ added: number; updated: number }> {
  let added = 0;
  let updated = 0;
  await db.$transaction(async (tx) => {
    for (const input of inputs) {
      const data = toSourceData(input);
      const existing = await tx.source.findUnique({ where: { kind_url: { kind: data.kind, url: data.url } } });
      if (existing) {
        await tx.source.update({ where: { id: existing.id }, data });
        updated++;
      } else {
        await tx.source.create({ data });
        added++;
      }
    }
  });
  return { added, updated };
}
