// GET /api/v1/prices: current price points, keyset-paged; `download=csv|json` streams the whole filtered list as a file.
import { parsePricesQuery, type PricesQuery } from "@ratecard/core/export";
import { listCurrentPricesPage } from "@ratecard/db";
import { apiError } from "../../../../lib/api/api-error";
import { apiGet, methodNotAllowed } from "../../../../lib/api/api-get";
import { PRICE_CSV_HEADER, priceCsvRow, priceCursorKey, toApiPrice } from "../../../../lib/api/api-price";
import { jsonPage } from "../../../../lib/api/json-page";
import { streamDownload } from "../../../../lib/api/stream-download";
import { getDb } from "../../../../lib/db";

export const dynamic = "force-dynamic";

function filterOf(query: PricesQuery) {
  return {
    ...(query.provider ? { provider: query.provider } : {}),
    ...(query.model ? { model: query.model } : {}),
    ...(query.sourceKind ? { sourceKind: query.sourceKind } : {}),
  };
}

export const GET = apiGet(async (request) => {
  const parsed = parsePricesQuery(new URL(request.url).searchParams);
  if (!parsed.ok) return apiError(400, parsed.error);
  const query = parsed.value;
  const db = getDb();
  const filter = filterOf(query);
  if (query.download) {
    return streamDownload(
      {
        what: "prices",
        format: query.download,
        fetchPage: (after, limit) => listCurrentPricesPage(db, { filter, limit, ...(after ? { after } : {}) }),
        cursorKey: priceCursorKey,
        toJson: toApiPrice,
        csvHeader: PRICE_CSV_HEADER,
        toCsv: priceCsvRow,
      },
      new Date(),
    );
  }
  const page = await listCurrentPricesPage(db, { filter, limit: query.limit, ...(query.after ? { after: query.after } : {}) });
  return jsonPage(request, page, priceCursorKey, toApiPrice);
});

export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE };
