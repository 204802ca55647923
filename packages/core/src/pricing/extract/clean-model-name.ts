// Trims a model name of markdown and labels: "[Claude Opus 4.6](/x) (deprecated)*" -> "Claude Opus 4.6".

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
  let name = raw
    .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]*)\]\s*\[[^\]]*\]/g, "$1")
    .replace(/\s\[(?:\/|https?:)[^\]]*\]/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/\\([\\`*_{}[\]()#+\-.!|$])/g, "$1")
    .replace(/\*\*|__|`/g, "")
    .replace(/\s+/g, " ")
    .trim();
  // Labels that say something about the model, not its name.
  name = name.replace(/\s*\((?:deprecated|legacy|retired|retiring[^)]*|new|beta|latest|recommended|default)\)/gi, "");
  name = name.replace(/\s+(?:new|deprecated|legacy)$/i, "");
  // Footnote markers.
  name = name.replace(/(?:\s*(?:\*+|[¹²³⁴⁵⁶⁷⁸⁹⁰†‡§]+|\[\d+\]|\[\*+\]|\[\^[\w.-]{1,40}\]))+$/u, "");
  name = name.replace(/^[-*•]\s+/, "").replace(/^_+|_+$/g, "").replace(/[:;,]$/, "");
  return name.replace(/\s+/g, " ").trim();
}
