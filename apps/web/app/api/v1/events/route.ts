// GET /api/v1/events: change events newest first with the feed's filters, keyset-paged;
// `download=csv|json` streams the whole filtered list as a file.
import { parseEventsQuery } from "@ratecard/core/export";
import { listChangeEventsAfter } from "@ratecard/db";
import { EVENT_CSV_HEADER, eventCsvRow, eventCursorKey, toApiEvent } from "../../../../lib/api/api-event";
import { methodNotAllowed } from "../../../../lib/api/api-get";
import { listEndpoint } from "../../../../lib/api/list-endpoint";
import { getDb } from "../../../../lib/db";

export const dynamic = "force-dynamic";

export const GET = listEndpoint({
  what: "events",
  parse: parseEventsQuery,
  fetchPage: ({ provider, model, kind, minPct, since, until }, after, limit) =>
    listChangeEventsAfter(getDb(), {
      filter: {
        ...(provider ? { provider } : {}),
        ...(model ? { model } : {}),
        ...(kind ? { kind } : {}),
        ...(minPct ? { minAbsPct: minPct } : {}),
        ...(since ? { since } : {}),
        ...(until ? { until } : {}),
      },
      limit,
      ...(after ? { after } : {}),
    }),
  cursorKey: eventCursorKey,
  toJson: toApiEvent,
  csvHeader: EVENT_CSV_HEADER,
  toCsv: eventCsvRow,
});

export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE };
