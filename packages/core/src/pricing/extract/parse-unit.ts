// Reads the unit a price is counted in from the words after it ("/ MTok", "per 1,000 searches", "/ GB / day").

export interface ParsedUnit {
  /** A PriceUnit, or "1K ?"/"1M ?" when the page says "per 1K" without a noun (the dimension decides). */
  unit: string;
  /** Characters consumed from the start of the text. */
  length: number;
  /** Words between the quantity and the noun ("input", "cached input", "audio"). */
  words: string;
  /** A plan price ("/month", "per seat"), not an API price. */
  subscription: boolean;
}

// "por milhão de tokens" (Portuguese, Spanish), "pro 1M Tokens" (German), "par million de tokens" (French).
const LEAD = /^\s*(?:\/|per\b|for every\b|for each\b|every\b|a\b|por\b|pro\b|par\b|pour\b|(?=每|百万|千\s*tokens))\s*/i;
const MILLION = String.raw`(?:1\s*m\b|1\s*million\b|one\s+million\b|million\b|1,000,000\b|1000000\b|m\b|mn\b|(?:1\s*|um\s+|un\s+)?(?:milh[aã]o|mill[oó]n|mio\.?)(?:\s+de)?(?=\s))`;
const THOUSAND = String.raw`(?:1\s*k\b|1,000\b|1000\b|one\s+thousand\b|thousand\b|k\b)`;
const WORDS = String.raw`((?:(?:input|output|cached|cache|prompt|completion|text|audio|image|video|training|grounded|search|web|api|generated|billable|输入|输出|缓存命中|缓存)\s*(?<=\s|[\u4e00-\u9fff])){0,3})`;

interface Rule {
  re: RegExp;
  unit: string | ((m: RegExpExecArray) => string);
  subscription?: boolean;
}

const RULES: Rule[] = [
  // "¥2 / 百万tokens", "每千tokens"
  { re: /^(?:每\s*)?百万\s*(?:tokens?|词元)/i, unit: "1M tokens" },
  { re: /^(?:每\s*)?千\s*(?:tokens?|词元)/i, unit: "1K tokens" },
  { re: new RegExp(String.raw`^(?:1\s*)?m\s*tok(?:ens?)?\b`, "i"), unit: "1M tokens" },
  // "$5 / input MTok", "$0.50 / cached input MTok".
  { re: new RegExp(String.raw`^${WORDS}(?:1\s*)?m\s*tok(?:ens?)?\b`, "i"), unit: "1M tokens" },
  { re: new RegExp(String.raw`^${MILLION}\s*${WORDS}tok(?:en)?s?\b`, "i"), unit: "1M tokens" },
  { re: new RegExp(String.raw`^${THOUSAND}\s*${WORDS}tok(?:en)?s?\b`, "i"), unit: "1K tokens" },
  { re: new RegExp(String.raw`^${MILLION}\s*${WORDS}char(?:acter)?s?\b`, "i"), unit: "1M characters" },
  { re: new RegExp(String.raw`^${THOUSAND}\s*${WORDS}char(?:acter)?s?\b`, "i"), unit: "1K characters" },
  { re: new RegExp(String.raw`^${THOUSAND}\s*${WORDS}(?:searches|search\s+quer(?:y|ies))\b`, "i"), unit: "1K searches" },
  { re: new RegExp(String.raw`^${THOUSAND}\s*${WORDS}(?:requests?|calls?|quer(?:y|ies)|prompts?|invocations?)\b`, "i"), unit: "1K requests" },
  { re: new RegExp(String.raw`^${MILLION}\s*${WORDS}(?:requests?|calls?|quer(?:y|ies))\b`, "i"), unit: "1M requests" },
  { re: new RegExp(String.raw`^${WORDS}tok(?:en)?s?\b`, "i"), unit: "token" },
  { re: new RegExp(String.raw`^${WORDS}char(?:acter)?s?\b`, "i"), unit: "character" },
  { re: /^(?:web\s+)?search(?:es)?\b/i, unit: "search" },
  { re: /^(?:api\s+)?(?:requests?|calls?|quer(?:y|ies)|invocations?)\b/i, unit: "request" },
  { re: /^(?:output\s+|input\s+|generated\s+)?images?\b/i, unit: "image" },
  { re: /^pages?\b/i, unit: "page" },
  { re: /^(?:gb|gib)\s*(?:\/|-|per)?\s*(?:month|mo)\b/i, unit: "GB-month" },
  { re: /^(?:gb|gib)\s*(?:\/|-|per)?\s*day\b/i, unit: "GB-day" },
  { re: /^(?:gb|gib)\b/i, unit: "GB" },
  { re: /^(?:session[- ])?(?:hours?|hrs?)\b/i, unit: "hour" },
  { re: /^(?:minutes?|mins?)\b/i, unit: "minute" },
  { re: /^(?:seconds?|secs?|s)\b/i, unit: "second" },
  { re: new RegExp(String.raw`^${THOUSAND}\s*pages?\b`, "i"), unit: "1K pages" },
  { re: new RegExp(String.raw`^${MILLION}(?!\s*(?:char|req|call|search|quer|image|page))`, "i"), unit: "1M ?" },
  { re: new RegExp(String.raw`^${THOUSAND}(?!\s*(?:char|req|call|search|quer|image|page))`, "i"), unit: "1K ?" },
  { re: /^(?:months?|mo|years?|yr|weeks?|seats?|users?|members?)\b/i, unit: "month", subscription: true },
  { re: /^(?:containers?|sessions?)\b/i, unit: (m) => (/^c/i.test(m[0]) ? "container" : "session") },
];

export function parseUnit(text: string): ParsedUnit | null {
  const lead = LEAD.exec(text);
  if (!lead) return null;
  const rest = text.slice(lead[0].length, lead[0].length + 80);
  for (const rule of RULES) {
    const m = rule.re.exec(rest);
    if (!m) continue;
    const unit = typeof rule.unit === "string" ? rule.unit : rule.unit(m);
    let length = lead[0].length + m[0].length;
    let finalUnit = unit;
    // Context-cache storage is priced per token per hour.
    if (unit === "1M tokens" || unit === "1K tokens") {
      const perHour = /^\s*(?:\/|per)\s*(?:hour|hr)\b/i.exec(text.slice(length));
      if (perHour) {
        finalUnit = `${unit} per hour`;
        length += perHour[0].length;
      }
    }
    const words = (m[1] ?? "").trim().toLowerCase();
    return { unit: finalUnit, length, words, subscription: rule.subscription === true };
  }
  return null;
}
