// A canonical key for a model name, so a provider's page, LiteLLM, OpenRouter and models.dev
// can be matched: "Claude Opus 4.6" = "claude-opus-4-6" = "anthropic/claude-opus-4.6".
import { normalizeProvider } from "./normalize-provider";
import { parseModelName } from "./parse-model-name";

// Parenthesised words that describe a listing, not a model. models.dev writes "(latest)" on an
// undated alias ("Claude Sonnet 4.5 (latest)" is claude-sonnet-4-5);
// a "-latest" id suffix is a different alias and stays.
const LISTING_NOTES = /\((?:deprecated|legacy|retired|retiring|older|old|latest)\)/g;

// Bedrock ids: "us.anthropic.claude-3-7-sonnet-20250219-v1:0" is claude-3-7-sonnet-20250219.
const BEDROCK_VENDORS = "anthropic|amazon|meta|cohere|mistral|ai21|deepseek|openai|qwen|writer";
const BEDROCK_PREFIX = new RegExp(`^(?:(?:us|eu|apac|global|jp|au)\\.)?(?:${BEDROCK_VENDORS})\\.(?=[a-z])`);
const BEDROCK_VERSION = /(-20\d{6})-v\d+:\d+$/;

// A snapshot date at the end: -20241022, -2024-08-06, @20240229, "(2024-05-13)".
const TRAILING_DATE = /-20\d{2}-?(?:0[1-9]|1[0-2])-?(?:0[1-9]|[12]\d|3[01])$/;

/**
 * Lower case; drop "Vendor: " and path prefixes ("anthropic/", "models/", "openrouter/google/");
 * drop listing notes ("(deprecated)") and a trailing snapshot date; "+" → "-plus"; spaces, dots,
 * underscores, "@" and other punctuation → "-"; a bare ".0"/"-0" minor version is dropped
 * ("claude-opus-4-0" = "Claude Opus 4"). Claude 3.x names take the id's order ("Claude Sonnet 3.7"
 * = "claude-3-7-sonnet"); any other word order, "preview", "-latest", "mini", "-001" versions
 * and MMDD snapshots ("-0125") are kept: those are different SKUs.
 * With a provider, the key is "<normalised provider>/<model key>".
 */
export function modelKey(name: string, provider?: string | null): string {
  const parsed = parseModelName(name);
  let text = (parsed.rejected === undefined ? parsed.name : name)
    .normalize("NFKC")
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .toLowerCase()
    .trim();
  // "Anthropic: Claude Opus 4.6" (OpenRouter's display names).
  text = text.replace(/^[^:/()]{1,40}:\s+/, "");
  text = text.replace(LISTING_NOTES, " ");
  // The model is the last path segment: "anthropic/claude-opus-4.6", "models/gemini-1.5-flash".
  const lastSlash = text.lastIndexOf("/");
  if (lastSlash >= 0 && lastSlash < text.length - 1) text = text.slice(lastSlash + 1);
  text = text.replace(BEDROCK_PREFIX, "").replace(BEDROCK_VERSION, "$1");
  text = text
    .replace(/\+/g, "-plus")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  text = text.replace(TRAILING_DATE, "");
  text = text.replace(/(^|-)(\d+)-0(?=-[a-z]|$)/g, "$1$2");
  // Anthropic now prints its 3.x models family-first ("Claude Sonnet 3.7") while their ids stay
  // version-first (claude-3-7-sonnet-20250219): one order for 3.x only; 4+ names are never reordered.
  text = text.replace(/^claude-(opus|sonnet|haiku)-(3(?:-\d)?)(?=-|$)/, "claude-$2-$1");
  const providerKey = provider ? normalizeProvider(provider) : "";
  return providerKey ? `${providerKey}/${text}` : text;
}
