// GET /api/v1/events: change events newest first with the feed's filters, keyset-paged;
// `download=csv|json` streams the whole filtered list as a file.
import { parseEventsQuery, type EventsQuery } from "@ratecard/core/export";
import { listChangeEventsAfter } from "@ratecard/db";
import { apiError } from "../../../../lib/api/api-error";
import { EVENT_CSV_HEADER, eventCsvRow, eventCursorKey, toApiEvent } from "../../../../lib/api/api-event";
import { apiGet, methodNotAllowed } from "../../../../lib/api/api-get";
import { jsonPage } from "../../../../lib/api/json-page";
import { streamDownload } from "../../../../lib/api/stream-download";
import { getDb } from "../../../../lib/db";

export const dynamic = "force-dynamic";

function filterOf(query: EventsQuery) {
  return {
    ...(query.provider ? { provider: query.provider } : {}),
    ...(query.model ? { model: query.model } : {}),
    ...(query.kind ? { kind: query.kind } : {}),
    ...(query.minPct ? { minAbsPct: query.minPct } : {}),
    ...(query.since ? { since: query.since } : {}),
    ...(query.until ? { until: query.until } : {}),
  };
}

export const GET = apiGet(async (request) => {
  const parsed = parseEventsQuery(new URL(request.url).searchParams);
  if (!parsed.ok) return apiError(400, parsed.error);
  const query = parsed.value;
  const db = getDb();
  const filter = filterOf(query);
  if (query.download) {
    return streamDownload(
      {
        what: "events",
        format: query.download,
        fetchPage: (after, limit) => listChangeEventsAfter(db, { filter, limit, ...(after ? { after } : {}) }),
        cursorKey: eventCursorKey,
        toJson: toApiEvent,
        csvHeader: EVENT_CSV_HEADER,
        toCsv: eventCsvRow,
      },
      new Date(),
    );
  }
  const page = await listChangeEventsAfter(db, { filter, limit: query.limit, ...(query.after ? { after: query.after } : {}) });
  return jsonPage(request, page, eventCursorKey, toApiEvent);
});

export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE };
