// Tells a model or product name ("Claude Opus 4.6", "gpt-4o-mini", "HAIKU") from a generic heading or plan name.
import { readCloudRegion } from "../models/read-cloud-region";

const GENERIC = new RegExp(
  String.raw`^(?:pricing|prices?|price list|plans?|free|paid|pro|max|plus|team|teams|business|enterprise|scale|build|starter|basic|premium|` +
    String.raw`overview|features?|faqs?|frequently asked questions|rate limits?|limits|cost|costs|billing|payment|support|contact|` +
    String.raw`standard|batch|priority|flex|models?|model pricing|tools?|partners|resources|documentation|docs|` +
    String.raw`legacy models?|other models?|input|output|usage|total|summary|notes?|examples?|component|` +
    String.raw`text tokens|image tokens|audio tokens|video|embeddings|fine-tuning|moderation|built-in tools|` +
    String.raw`developer|developers|individual|personal|company|careers|news|about|research|security|privacy)$`,
  "i",
);
const PLAN = /^(?:free|pro|max|plus|team|teams|business|enterprise|scale|build|starter|basic|premium|developer|individual|personal)(?:\s+plan)?$/i;

export function looksLikeModelName(text: string): boolean {
  const t = text.trim();
  if (t === "" || t.length > 70) return false;
  if (/[$€£¥]|\d\s*%|https?:|[.?!:;]$/.test(t)) return false;
  if (t.split(/\s+/).length > 8) return false;
  if (GENERIC.test(t) || PLAN.test(t)) return false;
  // "us-east5", "Region: global": where the prices under it apply.
  if (readCloudRegion(t) !== undefined) return false;
  if (/^(?:standard|batch|flex|priority|scale)(?:\s*\/\s*(?:standard|batch|flex|priority))?(?:\s+(?:tier|api|processing|mode))?$/i.test(t)) return false;
  if (/\bpric(?:e|es|ing)\b|\bcosts?\b|\bplans?\b|\bexamples?\b|\bcalculat|\bfaq\b|\brates?\b/i.test(t)) return false;
  return /[A-Za-z\u4e00-\u9fff]/.test(t);
}

