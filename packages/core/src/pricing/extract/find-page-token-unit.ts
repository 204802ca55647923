// A page that states its token unit once ("## Model Pricing (per 1M tokens, USD)") means it for its other
// tables too ("## Batch API (50% discount)" with "Batch Input | $2.50"), as long as it never states another.
import type { PageIndex } from "./index-page";

/** The one token count (per 1M or per 1K tokens) the page's headings and statements name, or undefined when they name none or several. */
export function findPageTokenUnit(page: PageIndex): string | undefined {
  const units = new Set<string>();
  for (const section of page.sections) {
    for (const unit of [section.traits.unit, section.statement.unit]) {
      // "per token" is how prose explains billing ("you pay per token"); a table's unit is a count of them.
      if (unit === "1M tokens" || unit === "1K tokens") units.add(unit);
    }
  }
  return units.size === 1 ? [...units][0] : undefined;
}
