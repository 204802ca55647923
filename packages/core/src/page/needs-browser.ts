// Decides whether a page fetched over HTTP must be fetched again with a browser to see its content.
import { load } from "cheerio/slim";
import { countMeaningfulChars } from "./count-meaningful-chars";
import { normalizePageText } from "./normalize-page-text";

const MIN_VISIBLE_CHARS = 200;
// A price as pages write it: a currency sign next to digits ($3, € 0,50, ¥2), or digits then a code (3.00 USD).
const PRICE_AMOUNT = /[$€£¥]\s?\d|\d\s?(?:USD|EUR|GBP|CNY|RMB)\b|(?:USD|EUR|GBP|CNY|RMB)\s?\d/;
const APP_ROOTS = ["#root", "#__next", "#app", "#__nuxt", "#___gatsby", "#svelte", "[data-reactroot]", "app-root"];

export function needsBrowser(html: string): boolean {
  // Fast path for the common case, a server-rendered pricing page: without scripts, styles and tags
  // the HTML already shows prices and plenty of text. No DOM parse needed.
  const rough = roughVisibleText(html);
  if (PRICE_AMOUNT.test(rough) && countMeaningfulChars(rough) >= MIN_VISIBLE_CHARS * 4) return false;
  const text = normalizePageText({ body: html, contentType: "text/html" });
  // ratecard watches pricing pages: one whose HTML shows no price at all while it runs scripts is
  // most likely filled in by them (a navigation, FAQ and footer can be plenty of text around an empty table).
  if (countMeaningfulChars(text) >= MIN_VISIBLE_CHARS && PRICE_AMOUNT.test(text)) return false;
  const $ = load(html, { xml: { xmlMode: false, decodeEntities: true } });
  const hasScripts = $("script").toArray().some((el) => {
    const type = ($(el).attr("type") ?? "").toLowerCase();
    // JSON data blocks do not render anything on their own.
    if (type === "application/json" || type === "application/ld+json") return false;
    return $(el).attr("src") !== undefined || $(el).text().trim() !== "";
  });
  const emptyAppRoot = $(APP_ROOTS.join(", ")).toArray().some((el) => $(el).text().trim() === "");
  return hasScripts || emptyAppRoot;
}

/** Visible-ish text by regular expressions: good enough to rule a page in, never to rule it out. */
function roughVisibleText(html: string): string {
  return html
    .replace(/<(script|style|noscript|template|svg|head)\b[\s\S]*?<\/\1\s*>/gi, " ")
    .replace(/<[^>]*>/g, " ")
    .replace(/&(?:#36|dollar);/gi, "$");
}
