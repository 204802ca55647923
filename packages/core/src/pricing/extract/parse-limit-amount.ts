// Reads a rate-limit quantity: "30,000", "2M", "2 million", "10,000 million", "4.5K"; "—", "Unlimited" or "Custom" are none.

const SCALE: Record<string, number> = { k: 1e3, thousand: 1e3, m: 1e6, mn: 1e6, million: 1e6, b: 1e9, bn: 1e9, billion: 1e9 };

export function parseLimitAmount(text: string): number | undefined {
  const m = /^\s*(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(k|m|mn|b|bn|thousand|million|billion)?\b/i.exec(text.replace(/\*\*|\\/g, ""));
  if (!m) return undefined;
  const value = Number(m[1]!.replace(/,/g, "")) * (m[2] ? SCALE[m[2].toLowerCase()]! : 1);
  return Number.isFinite(value) ? Math.round(value) : undefined;
}
