// Parsing cost grows with the square of nesting depth in htmlparser2 (its open-element stack is
// shifted on every tag), so a hostile page 100k elements deep would stall a worker for a minute.
// Browsers cap nesting too (Chromium at 512); past the cap we drop the tags and keep their text.

const VOID_TAGS = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"]);
// Closed implicitly by the parser, so they do not stack up even when the page never closes them.
const IMPLIED_END_TAGS = new Set([
  "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "caption", "colgroup", "rb", "rp", "rt",
]);
const RAW_TEXT_TAGS = new Set(["script", "style", "textarea", "title", "xmp", "noembed", "noframes", "iframe"]);
const TAG_SOURCE = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][^\s/>]*)[^>]*?(\/?)>/.source;

export function capHtmlDepth(html: string, maxDepth: number): string {
  const drops: [number, number][] = [];
  const dropped = new Map<string, number>();
  let depth = 0;
  let lower: string | undefined;
  const TAG = new RegExp(TAG_SOURCE, "g");
  for (let match = TAG.exec(html); match !== null; match = TAG.exec(html)) {
    const [whole, closing, rawName, selfClosing] = match;
    if (rawName === undefined) continue;
    const name = rawName.toLowerCase();
    if (VOID_TAGS.has(name) || IMPLIED_END_TAGS.has(name)) continue;
    if (closing === "/") {
      const excess = dropped.get(name) ?? 0;
      if (excess > 0) {
        dropped.set(name, excess - 1);
        drops.push([match.index, match.index + whole.length]);
      } else if (depth > 0) {
        depth--;
      }
      continue;
    }
    if (RAW_TEXT_TAGS.has(name)) {
      // Skip the element's content: "<div>" inside a script is text, not markup.
      lower ??= html.toLowerCase();
      const end = lower.indexOf(`</${name}`, TAG.lastIndex);
      TAG.lastIndex = end < 0 ? html.length : end + name.length + 2;
      continue;
    }
    if (selfClosing === "/") continue;
    if (depth < maxDepth) {
      depth++;
    } else {
      dropped.set(name, (dropped.get(name) ?? 0) + 1);
      drops.push([match.index, match.index + whole.length]);
    }
  }
  if (drops.length === 0) return html;
  const parts: string[] = [];
  let at = 0;
  for (const [start, end] of drops) {
    parts.push(html.slice(at, start), " ");
    at = end;
  }
  parts.push(html.slice(at));
  return parts.join("");
}
