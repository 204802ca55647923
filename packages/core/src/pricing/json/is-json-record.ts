// A JSON object (not null, not an array): what every registry and listing reader walks.
export function isJsonRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
