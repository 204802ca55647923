// Recognises bot-protection interstitials and captcha walls, so a check records "blocked" instead of a content change.
import { countMeaningfulChars } from "./count-meaningful-chars";
import { normalizePageText } from "./normalize-page-text";

export interface DetectBotChallengeInput {
  /** null when only the content is known (a saved page given as a file). */
  status: number | null;
  headers: Record<string, string | undefined>;
  body: string;
}

export type BotChallengeResult = { blocked: false } | { blocked: true; reason: string };

// Challenge and captcha pages say a sentence or two; a pricing page says thousands of characters.
const SHORT_PAGE_CHARS = 1500;

interface Signal {
  /** What blocked us, e.g. "Cloudflare challenge". */
  what: string;
  /** The evidence, e.g. "\"Just a moment...\"". */
  evidence: string;
  /** Definitive signals hold whatever the page says; the others only on a page with little text. */
  definitive: boolean;
}

export function detectBotChallenge(input: DetectBotChallengeInput): BotChallengeResult {
  const headers = lowerCaseKeys(input.headers);
  const http = input.status === null ? "content only" : `HTTP ${input.status}`;
  const title = pageTitle(input.body);

  const signals = collectSignals(input.body, title, headers, input.status);
  const definitive = signals.find((signal) => signal.definitive);
  if (definitive) return blocked(definitive, http);
  const first = signals[0];
  if (first === undefined) return { blocked: false };

  // Weak signals (a captcha widget, a vendor script) only count on a page that says little else.
  let text: string;
  try {
    text = normalizePageText({ body: input.body, contentType: headers["content-type"] ?? null });
  } catch {
    text = input.body;
  }
  if (countMeaningfulChars(text) >= SHORT_PAGE_CHARS) return { blocked: false };
  return blocked(first, http);
}

function blocked(signal: Signal, http: string): BotChallengeResult {
  return { blocked: true, reason: `${signal.what} (${signal.evidence}, ${http})` };
}

function lowerCaseKeys(headers: Record<string, string | undefined>): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(headers)) out[key.toLowerCase()] = value;
  return out;
}

function pageTitle(body: string): string {
  const match = /<title[^>]*>([\s\S]{0,300}?)<\/title>/i.exec(body.slice(0, 200_000));
  return (match?.[1] ?? "").replace(/&hellip;/gi, "...").replace(/\u2026/g, "...").replace(/\s+/g, " ").trim();
}

function collectSignals(body: string, title: string, headers: Record<string, string | undefined>, status: number | null): Signal[] {
  const signals: Signal[] = [];
  const add = (what: string, evidence: string, definitive: boolean): void => {
    signals.push({ what, evidence, definitive });
  };
  const errorStatus = status === 403 || status === 429 || status === 503;
  const cloudflareServed = (headers["server"] ?? "").toLowerCase().includes("cloudflare") || headers["cf-ray"] !== undefined;

  if (/^just a moment\.\.\.?$/i.test(title)) add("Cloudflare challenge", '"Just a moment..."', true);
  if (/^attention required! \| cloudflare$/i.test(title)) add("Cloudflare block page", '"Attention Required!"', true);
  if (headers["cf-mitigated"]?.toLowerCase().includes("challenge")) add("Cloudflare challenge", "cf-mitigated header", true);
  // Cloudflare serves its JS-detection script on ordinary pages too; only the interstitial's own markers count.
  if (/\/cdn-cgi\/challenge-platform\/(?:h\/[bg]\/)?orchestrate\/|window\._cf_chl_opt|id="challenge-form"/i.test(body)) {
    add("Cloudflare challenge", "challenge platform script", errorStatus || cloudflareServed);
  }
  if (/checking your browser before accessing/i.test(body)) {
    add("Cloudflare challenge", '"Checking your browser before accessing"', errorStatus);
  }
  const akamai = /<h1[^>]*>\s*access denied\s*<\/h1>[\s\S]{0,2000}?reference(?:\s|&#32;)*(?:#|&#35;|&#x23;)([\w.&#;]{1,80})/i.exec(body);
  if (akamai) add("Akamai block page", `"Access Denied", reference #${decodeDigits(akamai[1] ?? "")}`, true);
  if (/id=["']px-captcha["']|captcha\.px-cdn\.net/i.test(body)) add("PerimeterX captcha", "px-captcha", errorStatus);
  if (/captcha-delivery\.com/i.test(body)) add("DataDome captcha", "captcha-delivery.com", errorStatus);
  else if (/datadome/i.test(body) || headers["x-datadome"] !== undefined) add("DataDome block page", "datadome", false);
  if (/class=["'][^"']*\bh-captcha\b|hcaptcha\.com\/1\/api\.js/i.test(body)) add("captcha page", "hCaptcha", false);
  if (/class=["'][^"']*\bg-recaptcha\b|google\.com\/recaptcha\/|recaptcha\.net\/recaptcha\//i.test(body)) {
    add("captcha page", "reCAPTCHA", false);
  }
  if (/class=["'][^"']*\bcf-turnstile\b|challenges\.cloudflare\.com\/turnstile\//i.test(body)) add("captcha page", "Turnstile", false);
  if (/verify (?:that )?you are (?:a )?human|are you a robot|prove you(?:'|&#39;|’)re not a robot/i.test(body)) {
    add("captcha page", '"verify you are human"', false);
  }
  return signals;
}

// Akamai writes the reference number with numeric entities ("18&#46;2d351ab8").
function decodeDigits(text: string): string {
  return text.replace(/&#(\d+);/g, (_m, code: string) => String.fromCharCode(Number(code))).replace(/&.*$/, "");
}
