import type { CurrentCard } from "@ratecard/db";
import Link from "next/link";
import { SimpleTable } from "./simple-table";
import { TimeAgo } from "./time-ago";

/** How many of the lost models the banner names before "and N more". */
const MODELS_SHOWN = 8;

/**
 * The current snapshot's price card when something was not read: a banner when the card is degraded (it
 * lost many of the previous version's prices while the page still names their models), and a table of
 * its extraction gaps. Scraped model names are rendered as text.
 */
export function CardHealthSection({ card, now }: { card: CurrentCard | null; now: Date }) {
  if (!card || (card.cardStatus !== "degraded" && card.extractionGaps.length === 0)) return null;
  const health = card.cardHealth;
  const warning = card.cardWarnings.find((w) => w.startsWith("extraction degraded")) ?? card.cardWarnings[0] ?? "Extraction degraded.";
  const shown = health?.lostModels.slice(0, MODELS_SHOWN) ?? [];
  const more = (health?.lostModels.length ?? 0) - shown.length;
  return (
    <section aria-labelledby="card-health-heading" className="space-y-3">
      <h2 id="card-health-heading" className="sr-only">
        Price card health
      </h2>
      {card.cardStatus === "degraded" && (
        <div role="alert" data-testid="card-degraded" className="rounded-lg border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900">
          <p className="font-semibold">
            {health ? `Extraction degraded: ${health.lostPrices} of ${health.previousPrices} prices of the previous version were not read` : warning}
          </p>
          {shown.length > 0 && (
            <p className="mt-1 break-words">
              The page still names {shown.join(", ")}
              {more > 0 && ` and ${more} more`}, so no removals were reported. The page&apos;s layout probably changed.
            </p>
          )}
          <p className="mt-1 text-xs text-amber-800">
            Version{" "}
            <Link href={`/snapshots/${card.snapshotId}`} className="font-mono underline underline-offset-2 hover:no-underline">
              {card.snapshotId.slice(0, 8)}
            </Link>
            , first seen <TimeAgo date={card.firstSeenAt} now={now} />
          </p>
        </div>
      )}
      {card.extractionGaps.length > 0 && (
        <div className="space-y-2">
          <h3 className="text-base font-semibold">
            Not read from the current version <span className="text-sm font-normal text-slate-500">({card.extractionGaps.length})</span>
          </h3>
          <SimpleTable label="Extraction gaps" headers={["Model", "Dimension", "Tier", "Reason"]}>
            {card.extractionGaps.map((gap, index) => (
              <tr key={index} data-gap-kind={gap.kind} className="align-top">
                <td className="px-4 py-2 break-words text-slate-800">{gap.model ?? (gap.line !== null ? `line ${gap.line}` : "—")}</td>
                <td className="px-4 py-2 text-slate-600">{gap.dimension ?? "—"}</td>
                <td className="px-4 py-2 text-slate-600">{gap.tier ?? "—"}</td>
                <td className="max-w-xl px-4 py-2 break-words text-slate-600">
                  {gap.detail}
                  {gap.text && <span className="mt-1 block font-mono text-xs text-slate-500">{gap.text}</span>}
                </td>
              </tr>
            ))}
          </SimpleTable>
        </div>
      )}
    </section>
  );
}
