// The content type to read a fetched document as: the server's, unless it only says "some text" or "some
// bytes" and the URL's file name says more (raw GitHub serves a .yaml or .md price list as text/plain).
import { contentTypeOfFile } from "./content-type-of-file";

const GENERIC = /^(?:text\/plain|application\/octet-stream|binary\/octet-stream)\b/i;

export function documentContentType(input: { contentType: string | null; url: string }): string | null {
  if (input.contentType !== null && input.contentType.trim() !== "" && !GENERIC.test(input.contentType.trim())) return input.contentType;
  let pathname: string;
  try {
    pathname = new URL(input.url).pathname;
  } catch {
    return input.contentType;
  }
  // The file name as written: an extension needs no decoding, and a malformed escape ("%E0%A4") must not throw.
  const named = contentTypeOfFile(pathname.slice(pathname.lastIndexOf("/") + 1));
  // Only a more specific type: a ".txt" file served as text/plain stays as served.
  return named !== null && named !== "text/plain" ? named : input.contentType;
}
