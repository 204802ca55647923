// Any other /api/v1 path: a JSON 404 naming the endpoints, rather than the dashboard's HTML page.
import { apiError } from "../../../../lib/api/api-error";

export const dynamic = "force-dynamic";

function notFound(request: Request): Response {
  const path = new URL(request.url).pathname;
  return apiError(404, `No API endpoint at ${path}; the endpoints are /api/v1/prices, /api/v1/events and /api/v1/price-history (see docs/api.md).`);
}

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
