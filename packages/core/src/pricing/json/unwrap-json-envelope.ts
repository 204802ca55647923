// A registry or API response as scrapers and proxies keep it: `{ fetched_at, url, body: {...} }`,
// `{ data: {...} }`, `{ result: ... }`, or the body as a JSON string. Yields the root, then each
// envelope's contents, so a reader can recognise the response inside.

const ENVELOPE_KEYS = ["body", "data", "result", "response", "payload", "content"];
const MAX_DEPTH = 3;

export function* unwrapJsonEnvelope(json: unknown): Generator<unknown> {
  let current: unknown = json;
  for (let depth = 0; depth <= MAX_DEPTH; depth++) {
    yield current;
    if (typeof current !== "object" || current === null || Array.isArray(current)) return;
    const record = current as Record<string, unknown>;
    const key = ENVELOPE_KEYS.find((k) => record[k] !== undefined && record[k] !== null);
    if (key === undefined) return;
    let inner = record[key];
    if (typeof inner === "string" && /^\s*[{[]/.test(inner)) {
      try {
        inner = JSON.parse(inner);
      } catch {
        return;
      }
    }
    if (typeof inner !== "object" || inner === null) return;
    current = inner;
  }
}
