// The source page's diff: a timeline to pick two snapshots, their price changes, and the text diff
// side by side (or inline) with price cells marked old → new; links to each side's raw page and screenshot.
import { comparePriceCards, diffText, locatePriceChanges, pairDiffLines, type PriceCard } from "@ratecard/core";
import { listScreenshotIds, listSnapshotPricePoints, listSnapshotTexts, toCorePrice } from "@ratecard/db";
import Link from "next/link";
import { getDb } from "../lib/db";
import { formatTimestamp } from "../lib/format-timestamp";
import type { SnapshotPair } from "../lib/pick-snapshot-pair";
import { PriceChangesList } from "./price-changes-list";
import { SideBySideDiff } from "./side-by-side-diff";
import { SnapshotPairPicker, TIMELINE_PAGE_SIZE } from "./snapshot-pair-picker";
import type { SnapshotRow } from "./snapshots-table";
import { UnifiedDiff } from "./unified-diff";

type Points = Awaited<ReturnType<typeof listSnapshotPricePoints>> extends Map<string, infer P> ? P : never;

const card = (points: Points): PriceCard => ({ provider: null, status: "ok", prices: points.map(toCorePrice), limits: [], modifiers: [], warnings: [] });

export async function SnapshotDiffSection({
  source,
  snapshots,
  pair,
  view,
  timelinePage,
  now,
}: {
  source: { id: string; provider: string | null };
  snapshots: SnapshotRow[];
  pair: SnapshotPair;
  view: "split" | "inline";
  timelinePage: number | undefined;
  now: Date;
}) {
  const db = getDb();
  const { fromId, toId } = pair;
  // Without an asked-for page, open the timeline where the newer snapshot of the pair is.
  const page = timelinePage ?? Math.floor(Math.max(0, snapshots.findIndex((s) => s.id === toId)) / TIMELINE_PAGE_SIZE) + 1;
  const onPage = snapshots.slice((page - 1) * TIMELINE_PAGE_SIZE, page * TIMELINE_PAGE_SIZE).map((s) => s.id);
  const [texts, points, screenshotIds] = await Promise.all([
    listSnapshotTexts(db, source.id, [fromId, toId]),
    listSnapshotPricePoints(db, source.id, [fromId, toId]),
    listScreenshotIds(db, [...new Set([...onPage, fromId, toId])]),
  ]);
  const textOf = (snapshotId: string) => texts.find((t) => t.id === snapshotId)?.normalizedText ?? "";
  const diff = diffText(textOf(fromId), textOf(toId));
  const oldPoints = points.get(fromId) ?? [];
  const newPoints = points.get(toId) ?? [];
  // A snapshot nobody read prices from would make every model look added or removed: compare only two analysed ones.
  const analysed = oldPoints.length > 0 && newPoints.length > 0;
  const events = analysed ? comparePriceCards(card(oldPoints), card(newPoints), { now }) : [];
  const rows = pairDiffLines(diff);
  const markers = locatePriceChanges(rows, events.filter((event) => typeof event.old === "number" && typeof event.new === "number"));
  const timeOf = (id: string) => snapshots.find((s) => s.id === id)?.firstSeenAt;
  const viewHref = (target: "split" | "inline") => `/sources/${source.id}?from=${fromId}&to=${toId}${target === "inline" ? "&view=inline" : ""}#diff`;

  return (
    <>
      {pair.notice && <p className="text-sm text-amber-800">{pair.notice}</p>}
      <SnapshotPairPicker sourceId={source.id} snapshots={snapshots} fromId={fromId} toId={toId} view={view} page={page} screenshotIds={screenshotIds} />
      <div className="grid gap-2 text-xs text-slate-600 sm:grid-cols-2">
        {(
          [
            ["Old", fromId],
            ["New", toId],
          ] as const
        ).map(([label, id]) => {
          const at = timeOf(id);
          return (
            <p key={label} data-pair-side={label.toLowerCase()}>
              <span className="font-medium text-slate-800">{label}:</span>{" "}
              <Link href={`/snapshots/${id}`} className="font-mono text-sky-700 hover:underline">
                {id.slice(0, 8)}
              </Link>
              {at && <> · {formatTimestamp(at)}</>} ·{" "}
              <Link href={`/snapshots/${id}?view=raw`} className="text-sky-700 hover:underline">
                raw page
              </Link>
              {screenshotIds.has(id) && (
                <>
                  {" "}
                  ·{" "}
                  <a href={`/snapshots/${id}/screenshot`} className="text-sky-700 hover:underline">
                    screenshot
                  </a>
                </>
              )}
            </p>
          );
        })}
      </div>
      <PriceChangesList events={events} provider={source.provider} analysed={analysed} />
      <nav aria-label="Diff layout" className="flex gap-1 border-b border-slate-200 text-sm">
        {(
          [
            ["split", "Side by side"],
            ["inline", "Inline"],
          ] as const
        ).map(([target, label]) => (
          <Link
            key={target}
            href={viewHref(target)}
            aria-current={view === target ? "page" : undefined}
            className={`-mb-px border-b-2 px-3 py-1.5 font-medium ${view === target ? "border-sky-600 text-sky-700" : "border-transparent text-slate-500 hover:text-slate-800"}`}
          >
            {label}
          </Link>
        ))}
      </nav>
      {diff.hunks.length === 0 ? (
        <p className="text-sm text-slate-500">The two snapshots have the same normalised text.</p>
      ) : view === "inline" ? (
        <UnifiedDiff diff={diff} />
      ) : (
        <>
          <p className="text-xs text-slate-600">
            <span className="font-medium text-emerald-700">+{diff.added}</span> added, <span className="font-medium text-red-700">-{diff.removed}</span>{" "}
            removed
          </p>
          <SideBySideDiff rows={rows} markers={markers} />
        </>
      )}
      {(screenshotIds.has(fromId) || screenshotIds.has(toId)) && (
        <div className="grid gap-3 sm:grid-cols-2">
          {(
            [
              ["Old", fromId],
              ["New", toId],
            ] as const
          ).map(([label, id]) => (
            <figure key={label} className="rounded-lg border border-slate-200 bg-white p-2 shadow-sm">
              <figcaption className="mb-1 text-xs font-medium text-slate-600">{label} screenshot</figcaption>
              {screenshotIds.has(id) ? (
                <img src={`/snapshots/${id}/screenshot`} alt={`Screenshot of the ${label.toLowerCase()} snapshot`} className="w-full rounded border border-slate-100" />
              ) : (
                <p className="text-xs text-slate-500">This check took no screenshot (fetched without a browser).</p>
              )}
            </figure>
          ))}
        </div>
      )}
    </>
  );
}
