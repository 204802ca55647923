// The one URL rule for watched pages and registries: absolute http(s), no credentials, at most
// MAX_URL_LENGTH characters (before and after normalisation, which may percent-encode and grow it).
import { checkUrlLength } from "./url-length-limit";

export type ParseSourceUrlResult = { ok: true; url: string } | { ok: false; error: string };

export function parseSourceUrl(raw: string): ParseSourceUrlResult {
  const tooLong = checkUrlLength(raw.trim());
  if (tooLong) return { ok: false, error: tooLong };
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return { ok: false, error: `'${raw}' is not a valid URL: give an absolute http(s) URL such as https://example.com/pricing` };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    return { ok: false, error: `'${raw}' uses ${url.protocol.replace(":", "")}: only http and https URLs can be watched` };
  }
  if (url.username || url.password) return { ok: false, error: `'${url.host}': URLs with credentials are not accepted` };
  const grown = checkUrlLength(url.href, " once normalised");
  if (grown) return { ok: false, error: grown };
  return { ok: true, url: url.href };
}
