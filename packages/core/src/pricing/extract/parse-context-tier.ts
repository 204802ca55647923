// Reads a long-context tier bound: "prompts > 200K tokens" -> above 200000, "<= 200k" -> up to 200000.

export interface ContextTier {
  contextAbove?: number;
  contextUpTo?: number;
}

const ABOVE = /(?:>=|≥|=>|>|\bover\b|\babove\b|\bexceed(?:s|ing)?\b|\bmore than\b|\bgreater than\b|\blonger than\b|\bbeyond\b)\s*(\d+(?:[.,]\d+)?)\s*(k|m)?\b/i;
const UP_TO = /(?:<=|≤|=<|<|\bup to\b|\bunder\b|\bless than\b|\bfewer than\b|\bbelow\b|\bwithin\b)\s*(\d+(?:[.,]\d+)?)\s*(k|m)?\b/i;

function tokens(value: string, suffix: string | undefined): number {
  const n = Number(value.replace(/,/g, ""));
  const mult = suffix === undefined ? 1 : suffix.toLowerCase() === "k" ? 1000 : 1_000_000;
  return Math.round(n * mult);
}

// A band written as a range: "32K-128K", "0–32K tokens", "128k~1M".
const RANGE = /(?<![\w.])(\d+(?:\.\d+)?)\s*(k|m)?\s*[-–~]\s*(\d+(?:\.\d+)?)\s*(k|m)\b/i;

// A band written as an interval: "Prompt length (128, 256]", "[0, 32K]". Bare numbers under a few thousand are
// thousands of tokens (the table's header says "K tokens"): no context band is a few hundred tokens wide.
const INTERVAL = /[[(]\s*(\d+(?:\.\d+)?)\s*(k|m)?\s*,\s*(\d+(?:\.\d+)?)\s*(k|m)?\s*[\])]/i;

function intervalTokens(value: string, suffix: string | undefined, bare: boolean): number {
  return tokens(value, suffix ?? (bare ? "k" : undefined));
}

export function parseContextTier(raw: string): ContextTier {
  const out: ContextTier = {};
  // An HTML tag's brackets ("<br/> 18252 neurons") are no comparison.
  const text = raw.replace(/<\/?[a-z][^<>]*>/gi, " ");
  // A bound only counts where the text speaks of prompt or context length.
  if (!/token|prompt|context|input|\d\s*[kKmM]\b/i.test(text)) return out;
  const interval = /prompt|context|length|token/i.test(text) ? INTERVAL.exec(text) : null;
  if (interval) {
    const bare = interval[2] === undefined && interval[4] === undefined && Number(interval[3]) < 10_000;
    const low = intervalTokens(interval[1]!, interval[2] ?? interval[4], bare);
    const high = intervalTokens(interval[3]!, interval[4], bare);
    if (high > low && high >= 1000) {
      if (low === 0) out.contextUpTo = high;
      else out.contextAbove = low;
      return out;
    }
  }
  const range = RANGE.exec(text);
  if (range && !ABOVE.test(text) && !UP_TO.test(text)) {
    const low = tokens(range[1]!, range[2] ?? range[4]);
    const high = tokens(range[3]!, range[4]);
    if (high > low && high >= 1000) {
      if (low === 0) out.contextUpTo = high;
      else out.contextAbove = low;
      return out;
    }
  }
  const above = ABOVE.exec(text);
  if (above) {
    const n = tokens(above[1]!, above[2]);
    if (n >= 1000 && (above[2] !== undefined || /token|prompt|context/i.test(text))) out.contextAbove = n;
  }
  const upTo = UP_TO.exec(text);
  if (upTo) {
    const n = tokens(upTo[1]!, upTo[2]);
    if (n >= 1000 && (upTo[2] !== undefined || /token|prompt|context/i.test(text))) out.contextUpTo = n;
  }
  return out;
}
