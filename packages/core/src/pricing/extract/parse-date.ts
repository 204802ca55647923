// Reads a validity date from text: "starting September 1, 2026", "effective 2026-09-01", "from 1 Sept", "until Dec 31".

export interface DatedPhrase {
  kind: "from" | "until";
  /** YYYY-MM-DD */
  date: string;
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const FROM = String.raw`(?:starting(?:\s+on|\s+from)?|effective(?:\s+on|\s+from|\s+as\s+of)?|take\s+effect(?:\s+starting)?(?:\s+on)?|takes\s+effect(?:\s+on)?|begin(?:s|ning)?(?:\s+on)?|as\s+of|from|will\s+begin\s+on|begin\s+on)`;
const UNTIL = String.raw`(?:until|till|through|thru|ends?(?:\s+on)?|expires?(?:\s+on)?|valid\s+until)`;

function iso(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 2000 || year > 2100) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Reads one date at the start of `text`; a missing year is taken from `now` (the next such date). */
function readDate(text: string, now: Date | undefined): string | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})\b/.exec(text);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = new RegExp(String.raw`^${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?`, "i").exec(text);
  if (m) return withYear(MONTHS[m[1]!.slice(0, 3).toLowerCase()]!, Number(m[2]), m[3], now);
  m = new RegExp(String.raw`^(\d{1,2})(?:st|nd|rd|th)?\s+${MONTH}(?:,?\s+(\d{4}))?`, "i").exec(text);
  if (m) return withYear(MONTHS[m[2]!.slice(0, 3).toLowerCase()]!, Number(m[1]), m[3], now);
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})\b/.exec(text);
  if (m) return iso(Number(m[3]), Number(m[1]), Number(m[2]));
  return null;
}

function withYear(month: number, day: number, year: string | undefined, now: Date | undefined): string | null {
  if (year !== undefined) return iso(Number(year), month, day);
  if (now === undefined) return null;
  const y = now.getUTCFullYear();
  const candidate = iso(y, month, day);
  if (candidate === null) return null;
  return candidate < now.toISOString().slice(0, 10) ? iso(y + 1, month, day) : candidate;
}

export function parseDate(text: string, now?: Date): DatedPhrase[] {
  const out: DatedPhrase[] = [];
  const re = new RegExp(String.raw`\b(${FROM}|${UNTIL})\s+(?:the\s+)?`, "gi");
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const date = readDate(text.slice(m.index + m[0].length), now);
    if (date === null) continue;
    const kind = new RegExp(String.raw`^${UNTIL}$`, "i").test(m[1]!.trim()) ? "until" : "from";
    out.push({ kind, date });
  }
  return out;
}
