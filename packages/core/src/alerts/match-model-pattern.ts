// Model patterns are globs ("claude-*", "gpt-4?-mini"), case-insensitive; a pattern without a wildcard
// must equal the whole name.

const cache = new Map<string, RegExp>();

export function matchModelPattern(pattern: string, model: string): boolean {
  let regex = cache.get(pattern);
  if (!regex) {
    const source = Array.from(pattern.trim(), (char) => (char === "*" ? ".*" : char === "?" ? "." : char.replace(/[.+^${}()|[\]\\]/g, "\\$&"))).join("");
    regex = new RegExp(`^${source}$`, "is");
    if (cache.size > 1000) cache.clear();
    cache.set(pattern, regex);
  }
  return regex.test(model.trim());
}
