// Recognises a bot wall, challenge or consent interstitial from its readable text alone (no status,
// no headers, no markup): what `extract` meets when a blocked page was saved to a file or captured
// as markdown by a reader service.
import { countMeaningfulChars } from "./count-meaningful-chars";

// Interstitials say a sentence or two; these are their words once the HTML is gone.
const WALLS: { what: string; pattern: RegExp }[] = [
  { what: "Cloudflare challenge", pattern: /^\s*just a moment\.{2,3}\s*$/im },
  { what: "Cloudflare challenge", pattern: /checking (?:if the site connection is secure|your browser before accessing)/i },
  { what: "Cloudflare block page", pattern: /attention required!?\s*\|\s*cloudflare|sorry, you have been blocked/i },
  { what: "Cloudflare challenge", pattern: /\bddos protection by\b|\bcloudflare ray id\b|\bperformance & security by cloudflare\b/i },
  { what: "captcha page", pattern: /verif(?:y|ying)(?: that)? you are (?:a )?human|\bare you a robot\b|prove you(?:'|’)re not a robot/i },
  { what: "captcha page", pattern: /\bcomplete the (?:security check|captcha)\b|\bpress (?:&|and) hold\b/i },
  { what: "browser check", pattern: /enable javascript and cookies to continue|please enable js and disable any ad ?blocker/i },
  { what: "Akamai block page", pattern: /access denied[\s\S]{0,400}reference\s*#|you don't have permission to access [^\n]{0,200} on this server/i },
  { what: "Imperva block page", pattern: /request unsuccessful\. incapsula incident id|pardon our interruption/i },
  { what: "PerimeterX block page", pattern: /access to this page has been denied/i },
  { what: "consent wall", pattern: /before you continue to \w+|\bwe (?:care about|value) your privacy\b[\s\S]{0,600}\b(?:accept|agree|consent)\b|\b(?:accept|reject) all(?: cookies)?\b[\s\S]{0,300}\b(?:cookie|privacy|consent)/i },
];

// A pricing page says thousands of characters; past these sizes the words above are quoted, not a wall.
const MAX_TEXT_LENGTH = 20_000;
const MAX_MEANINGFUL_CHARS = 2000;

/** "Cloudflare challenge: \"Just a moment...\"" when the text is a wall, else null. */
export function detectChallengeText(text: string): string | null {
  if (text.length > MAX_TEXT_LENGTH || countMeaningfulChars(text) > MAX_MEANINGFUL_CHARS) return null;
  const pricesShown = /[$€£¥]\s?\d/.test(text);
  for (const wall of WALLS) {
    // A cookie banner over a page that shows its prices is not a wall.
    if (wall.what === "consent wall" && pricesShown) continue;
    const hit = wall.pattern.exec(text);
    if (hit) return `${wall.what}: "${hit[0].replace(/\s+/g, " ").trim().slice(0, 60)}"`;
  }
  return null;
}
