// Every API failure is JSON `{ "error": { "status", "message" } }`, never an HTML page or a redirect.
export function apiError(status: number, message: string, headers: Record<string, string> = {}): Response {
  return Response.json({ error: { status, message } }, { status, headers: { "cache-control": "no-store", ...headers } });
}
