import { findSource, removeSource } from "@ratecard/db";
import { UserError } from "../user-error";
import type { Env } from "../env";
import { withRuntime } from "./with-runtime";

export async function sourcesRemove(env: Env, id: string): Promise<void> {
  await withRuntime(env, async ({ db }) => {
    const source = await findSource(db, id);
    if (!source) throw new UserError(`no source with id '${id}': see \`ratecard sources list\``);
    await removeSource(db, source.id);
    console.log(`removed source ${source.id} (${source.name}) with its checks and snapshots`);
  });
}
