// A model name as a reader should see it, the one cleaning every reader, the diff and cost go through:
// "[Claude Opus 4.6](/x) (deprecated)*" -> "Claude Opus 4.6", "GPT‑4o¹" -> "GPT-4o".

const memo = new Map<string, string>();

export function cleanModelName(raw: string): string {
  const hit = memo.get(raw);
  if (hit !== undefined) return hit;
  const name = clean(raw);
  if (memo.size > 20_000) memo.clear();
  memo.set(raw, name);
  return name;
}

function clean(raw: string): string {
  // Footnote marks go before NFKC, which would turn "GPT-4o¹" into "GPT-4o1".
  let text = raw.replace(/[\u00b9\u00b2\u00b3\u2070-\u209f\u2020\u2021\u00a7]/g, "").normalize("NFKC")
    .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
    .replace(/<[^>]*>/g, " ");
  // Links innermost first, so "[Claude Opus 3 ([deprecated](/x))](/y)" unwraps fully.
  for (let previous = ""; previous !== text; ) {
    previous = text;
    text = text.replace(/\[([^[\]]*)\]\([^()]*\)/g, "$1").replace(/\[([^[\]]*)\]\s*\[[^[\]]*\]/g, "$1");
  }
  let name = text
    .replace(/\s\[(?:\/|https?:)[^\]]*\]/g, "")
    .replace(/\[\^?\d+\]/g, "")
    .replace(/\\([\\`*_{}[\]()#+\-.!|$])/g, "$1")
    .replace(/\*+|`+|~~/g, "")
    .replace(/(^|\s)_+|_+(?=\s|$)/g, "$1")
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
  // Labels that say something about the model, not its name.
  name = name.replace(/\s*\((?:deprecated|legacy|retired|retiring[^)]*|new|beta|latest|recommended|default)\)/gi, "");
  name = name.replace(/\s+(?:new|deprecated|legacy)$/i, "");
  // Footnote markers.
  name = name.replace(/(?:\s*(?:\*+|[†‡§]+|\[\d+\]|\[\*+\]|\[\^[\w.-]{1,40}\]))+$/u, "");
  name = name.replace(/^[\s|#>:]+|[\s|:;,]+$/g, "").replace(/^[-•]\s+/, "").replace(/^-+(?=\s|$)/, "");
  return name.replace(/\s+/g, " ").trim();
}
