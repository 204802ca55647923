import { diffText } from "@ratecard/core";
import { findSource, getSnapshot, listSnapshots } from "@ratecard/db";
import type { Env } from "../env";
import { UserError } from "../user-error";
import { printTextDiff } from "./diff";
import { printTable } from "./print-table";
import { withRuntime } from "./with-runtime";

export async function snapshotsList(env: Env, sourceId: string, options: { json?: boolean }): Promise<void> {
  await withRuntime(env, async ({ db }) => {
    const source = await findSource(db, sourceId);
    if (!source) throw new UserError(`no source with id '${sourceId}': see \`ratecard sources list\``);
    const rows = await listSnapshots(db, source.id);
    if (options.json) return console.log(JSON.stringify(rows, null, 2));
    if (rows.length === 0) return console.log(`${source.name} has no snapshots yet: run \`ratecard check --source ${source.id.slice(0, 8)}\``);
    printTable(
      ["snapshot", "first seen", "last seen", "hash"],
      rows.map((s) => [s.id, s.firstSeenAt.toISOString(), s.lastSeenAt.toISOString(), s.contentHash.slice(0, 12)]),
    );
  });
}

export async function snapshotsShow(env: Env, id: string, options: { raw?: boolean }): Promise<void> {
  await withRuntime(env, async ({ db }) => {
    const snapshot = await getSnapshot(db, id);
    if (!snapshot) throw new UserError(`no snapshot with id '${id}': see \`ratecard snapshots list SOURCE\``);
    console.log(options.raw ? snapshot.rawBody : snapshot.normalizedText);
  });
}

/** The text diff of a snapshot against the one it replaced, or between two given snapshots. */
export async function snapshotsDiff(env: Env, id: string, otherId: string | undefined, options: { json?: boolean }): Promise<void> {
  await withRuntime(env, async ({ db }) => {
    const newer = await getSnapshot(db, otherId ?? id);
    if (!newer) throw new UserError(`no snapshot with id '${otherId ?? id}'`);
    const olderId = otherId ? id : newer.previousId;
    if (!olderId) throw new UserError(`snapshot ${newer.id} is the first of its source: there is nothing to compare it with`);
    const older = await getSnapshot(db, olderId);
    if (!older) throw new UserError(`no snapshot with id '${olderId}'`);
    const text = diffText(older.normalizedText, newer.normalizedText);
    if (options.json) return console.log(JSON.stringify({ from: older.id, to: newer.id, text }, null, 2));
    printTextDiff(`${older.id} (${older.firstSeenAt.toISOString()})`, `${newer.id} (${newer.firstSeenAt.toISOString()})`, text);
  });
}
