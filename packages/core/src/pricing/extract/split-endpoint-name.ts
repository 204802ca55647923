// Splits a glued "display name + endpoint id" cell: "Mistral Smallmistral-small-latest" -> Mistral Small, mistral-small-latest.

const ID = /^[a-z][a-z0-9]*(?:[-_.:][a-z0-9]+)+$/;
const LAST_WORD = /(?:^|\s)(\S+)$/;

export function splitEndpointName(text: string): { name: string; id?: string } {
  const t = text.trim();
  const splits: { name: string; id: string; score: number }[] = [];
  for (let p = 1; p < t.length; p++) {
    const id = t.slice(p);
    const name = t.slice(0, p).trim();
    if (!ID.test(id) || name === "") continue;
    // "Mistral 7Bopen-" or "gpt-4-" is not where a name ends.
    if (/[-_.:]$/.test(name) || /[a-z][A-Z]|\d[A-Z]+[a-z]/.test(LAST_WORD.exec(name)?.[1] ?? "")) continue;
    const words = name.toLowerCase().split(/\s+/);
    const first = id.split(/[-_.:]/)[0]!;
    const prev = t[p - 1]!;
    // The id usually repeats a word of the name ("Mistral Small" / "mistral-small-latest"); else the id starts where
    // a capitalised or numbered word ends ("Mistral 7B" / "open-mistral-7b").
    let score = 0;
    if (words.includes(first)) score = 3;
    else if (/[A-Z0-9)]/.test(prev)) score = 2;
    else if (/\s/.test(t[p - 1] ?? "")) score = 1;
    if (score > 0) splits.push({ name, id, score });
  }
  if (splits.length === 0) return { name: t };
  splits.sort((a, b) => b.score - a.score || b.id.length - a.id.length);
  return { name: splits[0]!.name, id: splits[0]!.id };
}
