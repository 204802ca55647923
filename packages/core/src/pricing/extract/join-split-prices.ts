// Rendered price blocks copied as text often break "$0.30 / 1M tokens" into lines of its own: the currency,
// the amount, the unit ("$" / "0.30" / "per 1M tokens"), with or without blank lines between. This joins
// them back into one line, at the currency's line, and leaves the other lines blank so every line after
// keeps its number.

const CURRENCY_ONLY = /^\s*(?:US\$|\$|€|£|¥|￥|USD|EUR|CNY)\s*$/;
const ANY_CURRENCY_LINE = new RegExp(CURRENCY_ONLY.source, "m");
const AMOUNT_ONLY = /^\s*\d+(?:[.,]\d+)?\s*$/;
const AMOUNT_FIRST = /^\s*\d+(?:[.,]\d+)?\b/;
const UNIT_ONLY = /^\s*(?:\/|per\b)\s*[\w ,.]{1,30}$/i;

function nextFilled(lines: string[], from: number, limit: number): number {
  for (let j = from; j < lines.length && j <= from + limit; j++) if (lines[j]!.trim() !== "") return j;
  return -1;
}

export function joinSplitPrices(text: string): string {
  if (!ANY_CURRENCY_LINE.test(text)) return text;
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    if (!CURRENCY_ONLY.test(lines[i]!)) continue;
    const amount = nextFilled(lines, i + 1, 2);
    if (amount < 0 || !AMOUNT_FIRST.test(lines[amount]!)) continue;
    let joined = `${lines[i]!.trim()}${lines[amount]!.trim()}`;
    const taken = [amount];
    if (AMOUNT_ONLY.test(lines[amount]!)) {
      const unit = nextFilled(lines, amount + 1, 2);
      if (unit >= 0 && UNIT_ONLY.test(lines[unit]!)) {
        joined += ` ${lines[unit]!.trim()}`;
        taken.push(unit);
      }
    }
    lines[i] = joined;
    for (const k of taken) lines[k] = "";
  }
  return lines.join("\n");
}
