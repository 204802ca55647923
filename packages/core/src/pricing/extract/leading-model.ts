// The model a line opens with before its prices: "acme-5: input $0.40 ...", "**Acme 5** – input $0.40 ...", "**Acme 5** (`acme-5`): $1.25 ...",
// "acme-6 input $1 / 1M, output $3 / 1M".
import { classifyLabel } from "./classify-label";
import { isDimensional } from "./is-dimensional";
import { cleanModelName } from "../models/clean-model-name";
import { looksLikeModelName } from "./looks-like-model-name";
import { splitModelNames } from "./split-model-names";

// "**DeepSeek V3** (`deepseek-ai/DeepSeek-V3`): $1.25 per million tokens": the name, then perhaps its id in parentheses.
const LEAD_NAME = /^\s*(?:[-*•]\s+)?\**`?([A-Za-z][\w.\-/]*(?: [\w.\-/]+){0,4}?)`?\**(?:\s*\(\s*`?([\w.:/@-]+)`?\s*\))?\s*(?:[:：]|\s[–—-]\s)/;
const LEAD_ID = /^\s*(?:[-*•]\s+)?`?([A-Za-z][\w.:/-]*\d[\w.:/-]*)`?\s+(?=(?:input|output|prompt|completion|cached)\b)/i;

// "Tier 1: $5 spent", "Step 2 – add $10": numbered things that are not models.
const NOT_A_MODEL = /^(?:tier|step|level|plan|option|example|note|phase|group|usage|region|zone|day|week|month|year|q[1-4]|part|section|table|figure|rule|case)\b/i;

export interface LeadingModel {
  names: string[];
  /** The API id in parentheses after a single name ("**DeepSeek V3** (`deepseek-ai/DeepSeek-V3`): $1.25"). */
  id?: string;
}

/** The model (or models) a line opens with before its prices, and the id it states beside one. */
export function readLeadingModel(line: string): LeadingModel {
  const m = LEAD_NAME.exec(line) ?? LEAD_ID.exec(line);
  if (!m) return { names: [] };
  const name = cleanModelName(m[1]!);
  const traits = classifyLabel(name);
  if (NOT_A_MODEL.test(name) || !looksLikeModelName(name) || !/\d/.test(name) || isDimensional(traits)) return { names: [] };
  // "Sonnet 4.5/4: $6 input" names two models.
  const names = splitModelNames(name);
  const id = m[2];
  return names.length === 1 && id !== undefined && /[a-z]/.test(id) ? { names, id } : { names };
}

/** A line that opens with a model's name and goes on to its prices. */
export function leadingModel(line: string): string[] {
  return readLeadingModel(line).names;
}
