// Wraps an API route's GET: authentication first (401 JSON with WWW-Authenticate, never a redirect),
// then the handler; an unexpected failure is a 500 JSON without internals.
import type { SessionUser } from "@ratecard/db";
import { apiError } from "./api-error";
import { authenticateApiRequest } from "./authenticate-api-request";

export function apiGet(handler: (request: Request, user: SessionUser) => Promise<Response>): (request: Request) => Promise<Response> {
  return async (request) => {
    const auth = await authenticateApiRequest(request);
    if (!auth.user) {
      return apiError(401, auth.reason, { "www-authenticate": 'Bearer realm="ratecard", error="invalid_token"' });
    }
    try {
      return await handler(request, auth.user);
    } catch (error) {
      console.error("API request failed", request.url, error);
      return apiError(500, "The request failed on the server; try again, and report it if it keeps failing.");
    }
  };
}

/** The API is read-only: anything but GET (and HEAD, which Next answers from GET) is 405. */
export async function methodNotAllowed(): Promise<Response> {
  return apiError(405, "The ratecard API is read-only: use GET.", { allow: "GET, HEAD" });
}
