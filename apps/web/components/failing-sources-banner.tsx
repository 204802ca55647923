import type { FailingSource } from "@ratecard/db";
import Link from "next/link";
import { formatRelativeTime } from "../lib/format-relative-time";
import { formatTimestamp } from "../lib/format-timestamp";

/** The alarm on the feed and the watch list: sources whose last check got nothing usable, since when. */
export function FailingSourcesBanner({ sources, now }: { sources: Pick<FailingSource, "id" | "name" | "outcome" | "since">[]; now: Date }) {
  if (sources.length === 0) return null;
  const anyFailed = sources.some((s) => s.outcome === "failed");
  const tone = anyFailed ? "border-red-200 bg-red-50 text-red-900" : "border-amber-200 bg-amber-50 text-amber-900";
  return (
    <section aria-label="Failing sources" className={`mb-6 rounded-lg border px-4 py-3 text-sm ${tone}`}>
      <strong className="font-semibold">
        {sources.length} {sources.length === 1 ? "source" : "sources"} failing:
      </strong>{" "}
      {sources.map((source, index) => (
        <span key={source.id}>
          {index > 0 && ", "}
          <Link href={`/sources/${source.id}`} className="underline underline-offset-2 hover:no-underline">
            {source.name}
          </Link>{" "}
          ({source.outcome})
          {" "}
          since{" "}
          <time dateTime={source.since.toISOString()} title={formatTimestamp(source.since)}>
            {formatRelativeTime(source.since, now)}
          </time>
        </span>
      ))}
    </section>
  );
}
