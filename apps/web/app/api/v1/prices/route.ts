// GET /api/v1/prices: current price points, keyset-paged; `download=csv|json` streams the whole filtered list as a file.
import { parsePricesQuery } from "@ratecard/core/export";
import { listCurrentPricesPage } from "@ratecard/db";
import { methodNotAllowed } from "../../../../lib/api/api-get";
import { PRICE_CSV_HEADER, priceCsvRow, priceCursorKey, toApiPrice } from "../../../../lib/api/api-price";
import { listEndpoint } from "../../../../lib/api/list-endpoint";
import { getDb } from "../../../../lib/db";

export const dynamic = "force-dynamic";

export const GET = listEndpoint({
  what: "prices",
  parse: parsePricesQuery,
  fetchPage: ({ provider, model, sourceKind }, after, limit) =>
    listCurrentPricesPage(getDb(), {
      filter: { ...(provider ? { provider } : {}), ...(model ? { model } : {}), ...(sourceKind ? { sourceKind } : {}) },
      limit,
      ...(after ? { after } : {}),
    }),
  cursorKey: priceCursorKey,
  toJson: toApiPrice,
  csvHeader: PRICE_CSV_HEADER,
  toCsv: priceCsvRow,
});

export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE };
