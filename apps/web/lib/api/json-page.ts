// A page of API results: `{ data, next }`, where `next` is the path of the following page (null at the end).
import { encodePageCursor } from "@ratecard/core/export";

export function jsonPage<Row>(
  request: Request,
  page: { rows: Row[]; hasMore: boolean },
  cursorKey: (row: Row) => string[],
  toJson: (row: Row) => unknown,
): Response {
  const last = page.rows.at(-1);
  let next: string | null = null;
  if (page.hasMore && last) {
    const url = new URL(request.url);
    url.searchParams.set("cursor", encodePageCursor(cursorKey(last)));
    next = `${url.pathname}?${url.searchParams.toString()}`;
  }
  return Response.json({ data: page.rows.map(toJson), next }, { headers: { "cache-control": "no-store" } });
}
