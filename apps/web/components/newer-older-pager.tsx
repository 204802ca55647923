import Link from "next/link";

/** "← Newer · Page n · Older →" under a newest-first list that pages with an offset. */
export function NewerOlderPager({ label, page, hasMore, href }: { label: string; page: number; hasMore: boolean; href: (page: number) => string }) {
  if (page <= 1 && !hasMore) return null;
  const link = (n: number, text: string) => (
    <Link href={href(n)} className="text-sky-700 hover:underline">
      {text}
    </Link>
  );
  return (
    <nav aria-label={label} className="mt-3 flex items-center justify-between text-sm">
      {page > 1 ? link(page - 1, "← Newer") : <span />}
      <span className="text-slate-500">Page {page}</span>
      {hasMore ? link(page + 1, "Older →") : <span />}
    </nav>
  );
}
