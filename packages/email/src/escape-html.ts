// Scraped text goes into HTML as inert text: escaped, and broken up so that mail clients' auto-linkers
// do not turn "http://evil" or "www.evil.com" into links.

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char]!);
}

/** Escaped, with a zero-width space after "://", in "www." and before "@" and dots of host names. */
export function escapeScraped(text: string): string {
  return escapeHtml(text)
    .replace(/:\/\//g, ":&#8203;//")
    .replace(/\bwww\./gi, (match) => `${match.slice(0, 3)}&#8203;.`)
    .replace(/@/g, "&#8203;@")
    .replace(/([a-z0-9-])\.([a-z]{2,})\b/gi, "$1&#8203;.$2");
}
