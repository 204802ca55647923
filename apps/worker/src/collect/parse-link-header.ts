/** GitHub's `Link: <url>; rel="next", <url>; rel="last"` as rel → page number (null when the URL has none). */
export function parseLinkHeader(header: string | null | undefined): Map<string, { url: string; page: number | null }> {
  const links = new Map<string, { url: string; page: number | null }>();
  for (const part of (header ?? "").split(",")) {
    const match = /<([^>]+)>\s*;\s*rel="([^"]+)"/.exec(part.trim());
    if (!match?.[1] || !match[2]) continue;
    let page: number | null = null;
    try {
      const value = new URL(match[1]).searchParams.get("page");
      page = value !== null && /^\d+$/.test(value) ? Number(value) : null;
    } catch {
      page = null;
    }
    for (const rel of match[2].split(/\s+/)) links.set(rel, { url: match[1], page });
  }
  return links;
}
