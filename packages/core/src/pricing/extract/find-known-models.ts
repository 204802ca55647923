// Finds which already-known models a sentence names, allowing the family prefix to be left out ("Sonnet 4.5").

const compiled = new Map<string, RegExp[]>();

function patterns(name: string): RegExp[] {
  let res = compiled.get(name);
  if (res === undefined) {
    const words = name.split(/\s+/);
    const variants = words.length >= 3 ? [name, words.slice(1).join(" ")] : [name];
    res = variants.map((v) => new RegExp(String.raw`(?<![\w.-])${v.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\w-]|\.\d)`, "i"));
    if (compiled.size > 20_000) compiled.clear();
    compiled.set(name, res);
  }
  return res;
}

export function findKnownModels(text: string, known: Iterable<string>): string[] {
  const hits: { index: number; name: string }[] = [];
  const lower = text.toLowerCase();
  for (const name of known) {
    // Cheap test first: the last word of the name must appear.
    const last = name.slice(name.lastIndexOf(" ") + 1).toLowerCase();
    if (!lower.includes(last)) continue;
    for (const re of patterns(name)) {
      const m = re.exec(text);
      if (m) {
        hits.push({ index: m.index, name });
        break;
      }
    }
  }
  hits.sort((a, b) => a.index - b.index);
  return [...new Set(hits.map((h) => h.name))];
}
