import { listSourcesWithLastCheck } from "@ratecard/db";
import { printTable } from "./print-table";
import type { Env } from "../env";
import { withRuntime } from "./with-runtime";

export async function sourcesList(env: Env, options: { json?: boolean }): Promise<void> {
  await withRuntime(env, async ({ db }) => {
    const rows = await listSourcesWithLastCheck(db);
    if (options.json) {
      console.log(JSON.stringify(rows.map(({ source, lastCheck, snapshotCount }) => ({ ...source, snapshotCount, lastCheck })), null, 2));
      return;
    }
    if (rows.length === 0) {
      console.log("no sources yet: add one with `ratecard sources add URL` or `ratecard sources import FILE.yaml`");
      return;
    }
    printTable(
      ["id", "kind", "provider", "name", "schedule", "last check", "snapshots"],
      rows.map(({ source, lastCheck, snapshotCount }) => [
        source.id.slice(0, 8),
        source.kind + (source.enabled ? "" : " (paused)"),
        source.provider ?? "",
        source.name,
        source.schedule,
        lastCheck ? `${lastCheck.outcome} ${lastCheck.startedAt.toISOString().slice(0, 16).replace("T", " ")}` : "never",
        snapshotCount,
      ]),
    );
  });
}
