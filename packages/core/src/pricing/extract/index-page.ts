// Indexes normalised page text: headings and their sections, tables, code blocks, tier and unit statements.
import { isCloudRegionCode } from "../models/read-cloud-region";
import { classifyLabel } from "./classify-label";
import { cleanModelName } from "../models/clean-model-name";
import { findUnit } from "./find-unit";
import { parseDate } from "./parse-date";
import type { Traits } from "./types";
import { PRICE_WORD } from "./price-words";

export type LineKind = "blank" | "heading" | "table" | "code" | "text";

export interface PageLine {
  text: string;
  kind: LineKind;
  section: number;
  /** A standalone tier line ("Batch", "Flex") above a table applies until the next heading or tier line. */
  tier?: string;
  /** The discount window a tier line states ("Off-peak (UTC 16:30-00:30)"). */
  window?: string;
  /**
   * A unit line of its own ("Per image output", "Per million tokens") sets the unit of the lines after it
   * until the next heading: one section may list token-priced models, then "Per image output" and image models.
   */
  unit?: string;
}

export interface PageSection {
  heading: string;
  level: number;
  parent: number;
  line: number;
  traits: Traits;
  /** Unit, currency and start date stated in the section's sentences ("Prices per 1M tokens."). */
  statement: Traits;
}

export interface PageIndex {
  lines: PageLine[];
  sections: PageSection[];
  /** Table blocks as [first line, last line], inclusive. */
  tables: [number, number][];
}

const SEPARATOR = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$/;
const TIER_LINE = /^(?:batch|flex|standard|priority|flex\s*\/\s*batch|batch\s+api|flex\s+processing|priority\s+processing|scale\s+tier|off[- ]peak)$/i;

// "Per image output", "(per 1M tokens)", "Price per second": a line that only states a unit.
const UNIT_LINE = /^\(?\s*(?:prices?\s+|pricing\s+)?per\s+[^$€£¥\d()]{1,30}\)?\.?$|^\(?\s*(?:prices?\s+)?per\s+1\s*[km]\s+[a-z ]{1,20}\)?\.?$/i;
const BOLD_LINE = /^(?:\*\*|__)([^*_:]{2,60}?)(?:\*\*|__)$/;

/** The text of a paragraph that is only bold text, standing between blank lines. */
function boldParagraph(raw: string[], i: number): string | null {
  if ((raw[i - 1] ?? "").trim() !== "" || (raw[i + 1] ?? "").trim() !== "") return null;
  return BOLD_LINE.exec(raw[i]!.trim())?.[1]?.trim() ?? null;
}

/** The line that closes a YAML front matter block opening the page, or -1. */
function findFrontMatterEnd(raw: string[]): number {
  if (raw[0]?.trim() !== "---") return -1;
  for (let i = 1; i < Math.min(raw.length, 80); i++) {
    const t = raw[i]!;
    if (/^(?:---|\.\.\.)\s*$/.test(t)) return i > 1 ? i : -1;
    // Keys ("title:", "\"og:title\":"), list items and indented continuations only.
    if (!/^\s*(?:["']?[\w:.-]+["']?\s*:|-\s|\s)/.test(t) && t.trim() !== "") return -1;
  }
  return -1;
}

function isCapsHeading(text: string): boolean {
  const t = text.replace(/^[-*•]\s+/, "").trim();
  if (t.length < 3 || t.length > 60 || /[a-z$€£¥|[\]]/.test(t) || !/[A-Z]{3}|[A-Z]{2}\W*\d|[A-Z]\W[A-Z]\W[A-Z]/.test(t)) return false;
  return !/^[A-Z]+\s*=/.test(t);
}

// A model id standing alone ("grok-4-1-fast-reasoning", "gpt-4o-mini", "claude-3.5-sonnet"): one token
// with letters, a digit and a joining "-", "." or "/".
const MODEL_ID = /^[A-Za-z][\w.:/-]*\d[\w.:/-]*$/;
const CARD_PRICE = /^\s*(?:\\?[$€£¥]|US\$)\s?\d/;

// A card title may name the vendor first: "OpenAI / GPT-5.6-Terra".
const VENDOR_PREFIX = /^[A-Za-z][\w.&-]*(?: [A-Za-z][\w.&-]*){0,2} \/ /;

/** The model id a line names on its own, with or without a "Vendor / " prefix. */
function standaloneModelId(line: string): string | null {
  const trimmed = line.trim();
  const t = trimmed.replace(VENDOR_PREFIX, "");
  // "us-east-1" under a model's title says where that card's prices apply; it is not a title itself.
  if (isCloudRegionCode(t)) return null;
  if (MODEL_ID.test(t) && /[a-z]{2}/i.test(t) && /[-.]/.test(t) && t.length <= 60) return t;
  // After a vendor the name may have spaces ("Anthropic / Claude Sonnet 5"): a few words, one with a digit.
  const named = t !== trimmed && /^[A-Za-z][\w.-]*(?: [\w.-]+){0,4}$/.test(t) && /\d/.test(t) && t.length <= 60;
  return named ? t : null;
}

/**
 * A card title of a page laid out as cards (a model id on its own line between blank lines, and label
 * and price lines below it before the next such title): the model of the prices under it.
 */
function cardTitle(raw: string[], i: number): string | null {
  if ((raw[i - 1] ?? "").trim() !== "" || (raw[i + 1] ?? "").trim() !== "") return null;
  const model = standaloneModelId(raw[i]!);
  if (model === null) return digitlessCardTitle(raw, i);
  for (let j = i + 1, seen = 0; j < raw.length && seen < 24; j++) {
    const next = raw[j]!.trim();
    if (next === "") continue;
    seen++;
    if (standaloneModelId(next) !== null) return null;
    if (CARD_PRICE.test(next)) return model;
  }
  return null;
}

// An API id without a digit ("gpt-realtime", "sonar-pro", "mistral-embed"): lower case, joined by hyphens.
const DIGITLESS_ID = /^[a-z][a-z]+(?:-[a-z]+){1,3}$/;
// Hyphenated words that open price lines without naming a model.
const HYPHENATED_WORDS = /^(?:pay-as-you-go|pay-per-use|per-token|real-time|on-demand|off-peak|built-in|add-ons?|long-context|fine-tuning|self-serve|e-mail)$/;

/**
 * A digitless id is a card title only when a price follows it directly: "gpt-realtime" then
 * "$4.00 / 1M input tokens". Any other line between them and it is a word, not a model.
 */
function digitlessCardTitle(raw: string[], i: number): string | null {
  const t = raw[i]!.trim();
  if (!DIGITLESS_ID.test(t) || HYPHENATED_WORDS.test(t) || isCloudRegionCode(t)) return null;
  for (let j = i + 1; j < raw.length; j++) {
    const next = raw[j]!.trim();
    if (next !== "") return CARD_PRICE.test(next) ? t : null;
  }
  return null;
}

export function indexPage(text: string, now?: Date): PageIndex {
  const raw = text.split("\n");
  const lines: PageLine[] = raw.map((t) => ({ text: t, kind: "text", section: 0 }));
  const sections: PageSection[] = [{ heading: "", level: 0, parent: -1, line: -1, traits: {}, statement: {} }];
  const tables: [number, number][] = [];

  // Code blocks first: a fence hides everything until the fence that closes it, as CommonMark reads them: a
  // closing fence is the same character, at least as long, with nothing after it ("```python" inside a code
  // block is code; a "````" block may hold "```" lines). Fences indented inside MDX components count too.
  let fence: { char: string; length: number } | null = null;
  for (const line of lines) {
    const m = /^\s*(`{3,}|~{3,})(.*)$/.exec(line.text);
    if (fence !== null) {
      line.kind = "code";
      if (m && m[1]![0] === fence.char && m[1]!.length >= fence.length && m[2]!.trim() === "") fence = null;
    } else if (m && !(m[1]![0] === "`" && m[2]!.includes("`"))) {
      line.kind = "code";
      fence = { char: m[1]![0]!, length: m[1]!.length };
    }
  }
  // YAML front matter of a markdown export ("---", "title: ...", "---") is metadata, not text: its closing
  // "---" would make the line above it a setext heading, and the page's opening sentences its section.
  const frontMatterEnd = findFrontMatterEnd(raw);
  for (let i = 0; i <= frontMatterEnd; i++) lines[i]!.kind = "code";
  // Tables: runs of "|" lines, or pipe rows around a "---|---" separator.
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.kind === "code") continue;
    const t = lines[i]!.text;
    if (/^\s*\|/.test(t)) {
      let j = i;
      while (j + 1 < lines.length && /^\s*\|/.test(lines[j + 1]!.text) && lines[j + 1]!.kind !== "code") j++;
      for (let k = i; k <= j; k++) lines[k]!.kind = "table";
      tables.push([i, j]);
      i = j;
    } else if (SEPARATOR.test(t) && i > 0 && raw[i - 1]!.includes("|")) {
      let a = i - 1;
      while (a - 1 >= 0 && raw[a - 1]!.includes("|") && raw[a - 1]!.trim() !== "") a--;
      let b = i;
      while (b + 1 < lines.length && raw[b + 1]!.trim() !== "" && (raw[b + 1]!.includes("|") || !/^\s*[#*]/.test(raw[b + 1]!))) b++;
      for (let k = a; k <= b; k++) lines[k]!.kind = "table";
      tables.push([a, b]);
      i = b;
    }
  }
  // Headings: "#", setext underlines, and ALL-CAPS lines of plain-text captures.
  const stack: number[] = [0];
  let tier: string | undefined;
  let window: string | undefined;
  let unit: string | undefined;
  // An empty ATX heading ("###") whose text an export put on the next line: that line is the heading.
  let emptyHeadingLevel: number | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.kind !== "text") {
      emptyHeadingLevel = undefined;
      line.section = stack[stack.length - 1]!;
      line.tier = tier;
      line.window = window;
      if (unit !== undefined) line.unit = unit;
      continue;
    }
    const t = line.text.trim();
    if (t === "") line.kind = "blank";
    let heading: string | null = null;
    let level = 0;
    let card = false;
    const atx = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(t);
    const bold = boldParagraph(raw, i);
    const next = lines[i + 1]?.text ?? "";
    const pending = emptyHeadingLevel;
    if (t !== "") emptyHeadingLevel = undefined;
    if (/^#{1,6}$/.test(t)) {
      emptyHeadingLevel = t.length;
      line.kind = "blank";
    } else if (pending !== undefined && t.length <= 80 && !/[$€£¥元|]/.test(t)) {
      heading = t;
      level = pending;
    } else if (atx) {
      heading = atx[2]!;
      level = atx[1]!.length;
    } else if (t !== "" && /^(?:=+|-{3,})\s*$/.test(next) && !/^[-*|>]/.test(t) && t.length <= 100) {
      heading = t;
      level = next.trim().startsWith("=") ? 1 : 2;
      lines[i + 1]!.kind = "blank";
    } else if (bold !== null) {
      // A paragraph that is only bold text ("**acme-pro-2**", "__Batch pricing__") is a heading in all but name.
      heading = bold;
      level = 7;
    } else if (isCapsHeading(t)) {
      heading = t.replace(/^[-*•]\s+/, "");
      level = 7;
    } else {
      const title = cardTitle(raw, i);
      if (title !== null) {
        heading = title;
        level = 7;
        card = true;
      }
    }
    if (heading !== null) {
      line.kind = "heading";
      while (stack.length > 1 && sections[stack[stack.length - 1]!]!.level >= level) stack.pop();
      const name = cleanModelName(heading);
      sections.push({ heading: name, level, parent: stack[stack.length - 1]!, line: i, traits: classifyLabel(name), statement: {} });
      stack.push(sections.length - 1);
      tier = undefined;
      window = undefined;
      // A card title is one row of the list the unit line heads; any other heading starts a new list.
      if (!card) unit = undefined;
      const w = windowOf(heading);
      if (w !== undefined) window = w;
    } else if (UNIT_LINE.test(t) && t.split(/\s+/).length <= 5) {
      const stated = findUnit(t);
      if (stated && !stated.subscription) unit = stated.unit;
    } else if (TIER_LINE.test(cleanModelName(t))) {
      tier = classifyLabel(t).tier;
      window = undefined;
    } else if (t.length <= 100 && !/[$€£¥元]\s?\d|\d\s?[$€元]/.test(t) && (/[:：]$/.test(t) || t.split(/\s+/).length <= 8)) {
      const hinted = classifyLabel(t).tier;
      if (hinted === "off_peak" || hinted === "promo") {
        tier = hinted;
        window = windowOf(t);
      }
    }
    line.section = stack[stack.length - 1]!;
    line.tier = tier;
    line.window = window;
    if (unit !== undefined) line.unit = unit;
    if (line.kind === "text") readStatement(line.text, sections[line.section]!, sections[0]!, now);
  }
  return { lines, sections, tables };
}

/** Sentences that set the unit, currency or start date of a whole section. */
function readStatement(text: string, section: PageSection, page: PageSection, now: Date | undefined): void {
  const line = text.replace(/\\\$/g, "$");
  // A footnote ("¹ New prices effective ...") holds for the prices that point to it, not the whole section.
  if (/^\s*(?:\\?\[[^\]]{1,4}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰†‡§]|\\?\*(?=\S))/u.test(line)) return;
  // Sentence by sentence: one that states an amount ("1 Diem = $1/day") prices a thing of its own, and
  // does not take away the unit its neighbour states ("Prices per 1M tokens unless noted.").
  for (const sentence of line.split(/(?<=[.;!?])\s+(?=[A-Z0-9(])|(?<=[。；！？])\s*/)) {
    if (!/\$\s?\d|€\s?\d|\d\s?元/.test(sentence)) readSentence(sentence, section, page, now);
  }
}

// "Prices are per 1M tokens", "Preise pro 1M Tokens", "seus custos por milhão de tokens", "价格按每 1M token 计".
const UNIT_SENTENCE = new RegExp(String.raw`\b${PRICE_WORD}\b[^.]*\b(?:per|in|based on|for every|for each|pro|por|par)\b|单位|价格[^。]*每|الأسعار\s+لكل|MTok\s*=`, "i");

function readSentence(t: string, section: PageSection, page: PageSection, now: Date | undefined): void {
  // A unit line of its own under a table's heading: "Per million tokens", "(per 1M tokens)".
  const unitLine = /^\(?\s*(?:prices?\s+)?(?:per|\/)\s+(?:1\s*m|one\s+million|million|1,000,000)\s+tokens?\s*\)?\.?$/i.test(t.trim());
  if (unitLine && section.statement.unit === undefined) section.statement.unit = "1M tokens";
  if (UNIT_SENTENCE.test(t)) {
    const unit = findUnit(t);
    if (unit && !unit.subscription && section.statement.unit === undefined) section.statement.unit = unit.unit;
    // "All prices are per million tokens or as stated." holds for the whole page, wherever it stands.
    if (unit && !unit.subscription && /\ball\s+(?:prices|rates|costs|pricing)\b/i.test(t) && page.statement.unit === undefined) page.statement.unit = unit.unit;
    const currency = /\b(?:in|are)\s+(USD|EUR|GBP|CNY|RMB)\b/i.exec(t);
    if (currency) section.statement.currency = currency[1]!.toUpperCase() === "RMB" ? "CNY" : currency[1]!.toUpperCase();
  }
  const ttl = /\b(5|60)-?\s?minutes?\s+(?:TTL|cache)|\b(1)-?\s?hour\s+(?:TTL|cache)/i.exec(t);
  // "Prompt caching pricing reflects 5-minute TTL." holds for the whole page.
  if (ttl && /reflect|default|shown|apply|applies/i.test(t) && page.statement.cacheTtl === undefined) {
    page.statement.cacheTtl = ttl[1] === "5" ? "5m" : "1h";
  }
  if (/\b(?:pric|charg|bill|rate|cost)/i.test(t)) {
    const from = parseDate(t, now).find((d) => d.kind === "from");
    if (from && section.statement.validFrom === undefined) section.statement.validFrom = from.date;
  }
}

function windowOf(text: string): string | undefined {
  const m = /(\d{1,2}:\d{2})\s*[-–~至到]\s*(\d{1,2}:\d{2})(?:\s*\(?\s*(UTC|GMT|PT|ET|北京时间|UTC[+-]\d{1,2}(?::\d{2})?)\)?)?|(?:(UTC|GMT|北京时间)\s*)(\d{1,2}:\d{2})\s*[-–~至到]\s*(\d{1,2}:\d{2})/i.exec(text);
  if (!m) return undefined;
  return m[1] !== undefined ? `${m[1]}-${m[2]}${m[3] ? ` ${m[3].toUpperCase()}` : ""}` : `${m[5]}-${m[6]} ${m[4]!.toUpperCase()}`;
}
