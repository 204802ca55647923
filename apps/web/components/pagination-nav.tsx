import Link from "next/link";

/** Newer/older (or previous/next) links under a long list; nothing when everything fits on one page. */
export function PaginationNav({ page, hasMore, hrefFor, labels = ["← Previous", "Next →"], summary, label = "Pagination" }: {
  /** The nav's accessible name, when a page has more than one list. */
  label?: string;
  page: number;
  hasMore: boolean;
  hrefFor: (page: number) => string;
  labels?: [string, string];
  summary?: string;
}) {
  if (page <= 1 && !hasMore) return null;
  return (
    <nav aria-label={label} className="mt-4 flex justify-between text-sm">
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} className="text-sky-700 hover:underline">
          {labels[0]}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-slate-500">{summary ?? `Page ${page}`}</span>
      {hasMore ? (
        <Link href={hrefFor(page + 1)} className="text-sky-700 hover:underline">
          {labels[1]}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
