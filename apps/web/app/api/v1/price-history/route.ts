// GET /api/v1/price-history?provider=&model=: every price one model's snapshots stated, oldest first, keyset-paged.
import { parseHistoryQuery } from "@ratecard/core/export";
import { listPriceHistoryPage } from "@ratecard/db";
import { apiError } from "../../../../lib/api/api-error";
import { apiGet, methodNotAllowed } from "../../../../lib/api/api-get";
import { historyCursorKey, toApiHistoryPoint } from "../../../../lib/api/api-history-point";
import { jsonPage } from "../../../../lib/api/json-page";
import { getDb } from "../../../../lib/db";

export const dynamic = "force-dynamic";

export const GET = apiGet(async (request) => {
  const parsed = parseHistoryQuery(new URL(request.url).searchParams);
  if (!parsed.ok) return apiError(400, parsed.error);
  const { provider, model, limit, after } = parsed.value;
  const page = await listPriceHistoryPage(getDb(), { provider, model, limit, ...(after ? { after } : {}) });
  if (page.rows.length === 0 && !after) {
    return apiError(404, `No prices are known for model '${model}' of provider '${provider}'; /api/v1/prices lists the exact names.`);
  }
  return jsonPage(request, page, historyCursorKey, toApiHistoryPoint);
});

export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE };
