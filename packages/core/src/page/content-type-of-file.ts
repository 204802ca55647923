// The content type a saved document's file name implies (a page, a markdown export, a text capture, JSON, YAML).

const TYPES: Record<string, string> = {
  ".html": "text/html",
  ".htm": "text/html",
  ".md": "text/markdown",
  ".markdown": "text/markdown",
  ".mdx": "text/markdown",
  ".json": "application/json",
  ".txt": "text/plain",
  ".yaml": "application/yaml",
  ".yml": "application/yaml",
};

/** "page.HTML" → "text/html"; null for an extension that says nothing. */
export function contentTypeOfFile(name: string): string | null {
  const dot = name.lastIndexOf(".");
  return dot < 0 ? null : (TYPES[name.slice(dot).toLowerCase()] ?? null);
}
