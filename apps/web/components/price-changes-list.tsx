import { describeChangeEvent, type ChangeEvent } from "@ratecard/core";
import { formatPriceChange } from "../lib/format-price-change";

/** The price changes between the two compared snapshots, above their diff. */
export function PriceChangesList({ events, provider, analysed }: { events: ChangeEvent[]; provider: string | null; analysed: boolean }) {
  if (!analysed) return <p className="text-sm text-slate-500">No prices were read from one of these snapshots, so price changes cannot be listed.</p>;
  if (events.length === 0) return <p className="text-sm text-slate-500">No price changes between these two snapshots.</p>;
  return (
    <div className="rounded-lg border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-950">
      <h3 className="font-semibold">
        {events.length} price {events.length === 1 ? "change" : "changes"}
      </h3>
      <ul aria-label="Price changes" className="mt-1 space-y-0.5">
        {events.map((event, index) => {
          const change = formatPriceChange(event);
          return (
            <li key={index} data-price-change={event.kind}>
              {describeChangeEvent(event, provider)}
              {change && <span className="ml-2 font-semibold whitespace-nowrap tabular-nums">{change}</span>}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
