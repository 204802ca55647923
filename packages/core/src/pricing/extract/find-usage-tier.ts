// Finds the usage tier a rate-limit table or sentence sits under: a heading or tab label "Tier 1", "Free tier", "Usage tier 2".
import type { PageIndex } from "./index-page";

const TIER = /^(?:(?:usage\s+)?tier\s*(?:[0-9]+|free)|free(?:\s+tier)?|paid\s+tier(?:\s*[0-9]+)?|scale\s+tier|enterprise\s+tier)$/i;

function tierName(text: string): string | undefined {
  const t = text.replace(/^#+\s*|\*\*|__|`/g, "").replace(/[:：]\s*$/, "").trim();
  return TIER.test(t) ? t : undefined;
}

export function findUsageTier(page: PageIndex, line: number): string | undefined {
  // A tab label or heading just above, before any heading that is not a tier.
  for (let i = line - 1; i >= 0 && i >= line - 30; i--) {
    const l = page.lines[i]!;
    if (l.kind === "blank") continue;
    if (l.kind === "table") break;
    const name = tierName(l.text);
    if (name !== undefined) return name;
    if (l.kind === "heading") break;
  }
  for (let s = page.lines[line]?.section ?? 0; s > 0; s = page.sections[s]!.parent) {
    const name = tierName(page.sections[s]!.heading);
    if (name !== undefined) return name;
  }
  return undefined;
}
