// The API id a model heading states on its own line right under it: "## Gemini 2.5 Flash Preview" then
// "_`gemini-2.5-flash-preview-09-2025`_". The id is what the model is called in requests, registries and
// the next version of the page, so it names the heading's prices.
import type { PageIndex } from "./index-page";

// A line that is only inline code, optionally emphasised: `id`, _`id`_, **`id`**.
const ID_LINE = /^(?:[_*]{1,2})?`([^`\s]{3,80})`(?:[_*]{1,2})?$/;
// An id: letters, digits and . _ - : / @ with at least one letter and one digit, not a bare number or URL.
const MODEL_ID = /^(?=[^`]*[a-z])(?=[^`]*\d)[a-z0-9][a-z0-9._:@/-]*$/i;
// How many non-blank lines under the heading may come before the id line (a badge, an image).
const LOOKAHEAD = 2;

export function findHeadingModelId(page: PageIndex, headingLine: number): string | null {
  let seen = 0;
  for (let i = headingLine + 1; i < page.lines.length && seen < LOOKAHEAD; i++) {
    const line = page.lines[i]!;
    if (line.kind === "blank") continue;
    if (line.kind === "heading" || line.kind === "table") return null;
    seen++;
    const id = ID_LINE.exec(line.text.trim())?.[1];
    if (id !== undefined && MODEL_ID.test(id) && !/^https?:/i.test(id)) return id;
  }
  return null;
}
