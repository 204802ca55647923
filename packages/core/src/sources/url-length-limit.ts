// Watched URLs are part of the sources' unique (kind, url) index, whose rows PostgreSQL caps at about
// 2,700 bytes: a longer URL would reach the database only to fail there. 2,048 is the common browser
// and CDN limit, and far longer than any pricing page's address.
export const MAX_URL_LENGTH = 2048;

/** The message for a URL over the limit, or null when it fits; `measured` says of what, e.g. " once normalised". */
export function checkUrlLength(url: string, measured = ""): string | null {
  if (url.length <= MAX_URL_LENGTH) return null;
  return `URL is ${url.length.toLocaleString("en-US")} characters${measured}; the limit is ${MAX_URL_LENGTH.toLocaleString("en-US")}`;
}
