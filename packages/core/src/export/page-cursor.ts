// Keyset pagination cursors: the sort key of a page's last row, as an opaque base64url string.

export function encodePageCursor(key: readonly string[]): string {
  return Buffer.from(JSON.stringify(key), "utf8").toString("base64url");
}

export const MAX_CURSOR_LENGTH = 2000;

/** The key inside a cursor, or null when the text is not a cursor with `length` parts. */
export function decodePageCursor(cursor: string, length: number): string[] | null {
  if (cursor.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(cursor)) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (!Array.isArray(value) || value.length !== length || !value.every((part) => typeof part === "string")) return null;
    return value as string[];
  } catch {
    return null;
  }
}
