// A page that states its token unit once ("## Model Pricing (per 1M tokens, USD)", or a table header
// "Price (In/Out MToken)" over most of its tables) means it for its other tables too ("## Batch API (50% discount)" with
// "Batch Input | $2.50"), as long as it never states another.
import { findUnit } from "./find-unit";
import type { PageIndex } from "./index-page";
import { mentionsMoney } from "./mentions-money";


/** The one token count (per 1M or per 1K tokens) the page's headings, statements and table headers name, or undefined when they name none or several. */
export function findPageTokenUnit(page: PageIndex): string | undefined {
  const units = new Set<string>();
  for (const section of page.sections) {
    for (const unit of [section.traits.unit, section.statement.unit]) {
      // "per token" is how prose explains billing ("you pay per token"); a table's unit is a count of them.
      if (unit === "1M tokens" || unit === "1K tokens") units.add(unit);
    }
  }
  // Table headers, when most of the page's tables state the unit in theirs (a page of many tables, one of
  // which says "per 1M tokens", has no convention).
  const headers = page.lines.filter((line, i) => line.kind === "table" && page.lines[i - 1]?.kind !== "table" && !mentionsMoney(line.text));
  const stated = headers.map((line) => findUnit(line.text)?.unit).filter((unit) => unit === "1M tokens" || unit === "1K tokens");
  if (stated.length * 2 >= headers.length) for (const unit of stated) units.add(unit);
  return units.size === 1 ? [...units][0] : undefined;
}
