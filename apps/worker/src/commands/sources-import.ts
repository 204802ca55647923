import { readFile } from "node:fs/promises";
import path from "node:path";
import { upsertSources } from "@ratecard/db";
import { UserError } from "../user-error";
import { parseWatchList } from "../watch-list/parse-watch-list";
import type { Env } from "../env";
import { withRuntime } from "./with-runtime";

export async function sourcesImport(env: Env, file: string): Promise<void> {
  const resolved = path.resolve(env.invocationDir, file);
  const text = await readFile(resolved, "utf8").catch((error: NodeJS.ErrnoException) => {
    throw new UserError(`cannot read ${file}: ${error.code === "ENOENT" ? "no such file" : error.code ?? error.message}`);
  });
  const inputs = parseWatchList(text, file);
  await withRuntime(env, async ({ db }) => {
    const { added, updated } = await upsertSources(db, inputs);
    console.log(`imported ${inputs.length} sources from ${file}: ${added} added, ${updated} updated`);
  });
}
