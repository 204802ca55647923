// Restores the prices a Next.js page keeps only in its React Server Components payload. The App Router
// sends every client component's props in `self.__next_f.push([1, "..."])` scripts; a page whose pricing
// table or model cards are client components renders their shells on the server and their content from
// those props. Two shapes of such content are page content, appended after the rendered page:
// - tables of a CMS's rich text (Sanity's `{ _type: "table", rows: [{ cells: [...] }] }`), under the
//   heading block before them;
// - lists of cards, each naming a model and holding price records
//   (`{ name: "Mistral Medium 3.5", api: "mistral-medium-latest", price: [{ value: "Input (/M tokens)", price_dollar: "$1.5" }] }`).
// What the rendered page already shows is left out, so a server-rendered table is not read twice.
import type { CheerioAPI } from "cheerio/slim";
import { mentionsMoney } from "../pricing/extract/mentions-money";

const PUSH = /self\.__next_f\.push\(\[1,\s*("(?:[^"\\]|\\.)*")\]\)/g;
const NAME_KEYS = ["name", "title", "label", "model", "displayName", "display_name"];
const ID_KEYS = ["api", "apiName", "api_name", "id", "slug", "modelId", "model_id"];
const MAX_NODES = 500_000;

export function restoreFlightContent($: CheerioAPI): void {
  const payload = flightPayload($("script").toArray().map((script) => $(script).text()));
  if (payload === "") return;
  // The text a reader sees: scripts (which hold the payload itself) left out.
  const shown = $("body").clone().find("script, style, noscript, template").remove().end().text().replace(/\s+/g, " ");
  const html: string[] = [];
  for (const value of flightValues(payload)) {
    walk(value, (node, siblings, index) => {
      const table = sanityTable(node);
      if (table !== null) {
        if (table.slice(1).some((row) => row.some((cell) => mentionsMoney(cell) && !shown.includes(cell.trim())))) {
          const heading = headingBefore(siblings, index);
          html.push(`${heading !== undefined ? `<h3>${escape(heading)}</h3>` : ""}<table>${table.map((row, r) => `<tr>${row.map((cell) => (r === 0 ? `<th>${escape(cell)}</th>` : `<td>${escape(cell)}</td>`)).join("")}</tr>`).join("")}</table>`);
        }
        return false;
      }
      const cards = priceCards(node);
      if (cards !== null) {
        if (cards.some((card) => card.prices.some((line) => !shown.includes(line.price.trim())))) {
          for (const card of cards) {
            html.push(`<h4>${escape(card.name)}</h4>${card.id !== undefined ? `<p><code>${escape(card.id)}</code></p>` : ""}`);
            html.push(...card.prices.map((line) => `<p>${escape(line.label)}: ${escape(line.price)}</p>`));
          }
        }
        return false;
      }
      return true;
    });
  }
  if (html.length > 0) $("body").append(`<section>${html.join("")}</section>`);
}

/** The payload's text: the pushed string chunks, decoded and joined. */
function flightPayload(scripts: string[]): string {
  let out = "";
  for (const script of scripts) {
    if (!script.includes("__next_f")) continue;
    PUSH.lastIndex = 0;
    for (let m = PUSH.exec(script); m !== null; m = PUSH.exec(script)) {
      out += decodeChunk(m[1]!);
    }
  }
  return out;
}

/** A chunk's string literal; one whose whitespace a saver reflowed (raw line breaks) reads as if spaces. */
function decodeChunk(literal: string): string {
  for (const text of [literal, literal.replace(/\s+/g, " ")]) {
    try {
      return JSON.parse(text) as string;
    } catch {
      // Tried again reflowed, or it carries nothing readable.
    }
  }
  return "";
}

/** The JSON of each payload row ("1a:[...]", "2:{...}"); module references and text chunks are skipped. */
function flightValues(payload: string): unknown[] {
  const values: unknown[] = [];
  for (const line of payload.split("\n")) {
    const m = /^[0-9a-f]+:(?=[[{])/.exec(line);
    if (!m || !mentionsMoney(line)) continue;
    try {
      values.push(JSON.parse(line.slice(m[0].length)));
    } catch {
      // A row cut by a text chunk, or not JSON: nothing to restore from it.
    }
  }
  return values;
}

/** Visits every object and array; `visit` returns false to stop going into a node it used. */
function walk(root: unknown, visit: (node: unknown, siblings: unknown[] | null, index: number) => boolean): void {
  const stack: { node: unknown; siblings: unknown[] | null; index: number }[] = [{ node: root, siblings: null, index: 0 }];
  for (let seen = 0, item = stack.pop(); item !== undefined && seen < MAX_NODES; item = stack.pop(), seen++) {
    const { node } = item;
    if (node === null || typeof node !== "object") continue;
    if (!visit(node, item.siblings, item.index)) continue;
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) stack.push({ node: node[i], siblings: node, index: i });
    } else {
      for (const child of Object.values(node)) stack.push({ node: child, siblings: null, index: 0 });
    }
  }
}

/** RSC escapes a string that starts with "$" as "$$". */
function unescapeFlight(text: string): string {
  return text.startsWith("$$") ? text.slice(1) : text;
}

function sanityTable(node: unknown): string[][] | null {
  if (!isRecord(node) || node["_type"] !== "table" || !Array.isArray(node["rows"])) return null;
  const rows = node["rows"].map((row) => (isRecord(row) && Array.isArray(row["cells"]) ? row["cells"].map((cell) => (typeof cell === "string" ? unescapeFlight(cell) : "")) : null));
  if (rows.length < 2 || rows.some((row) => row === null)) return null;
  return rows as string[][];
}

/** The text of the heading block right before a table in its rich text ("Developer tier Pricing"). */
function headingBefore(siblings: unknown[] | null, index: number): string | undefined {
  for (let i = index - 1; siblings !== null && i >= 0 && i >= index - 3; i--) {
    const block = siblings[i];
    if (!isRecord(block) || block["_type"] !== "block") continue;
    if (typeof block["style"] !== "string" || !/^h[1-6]$/.test(block["style"])) return undefined;
    const children = Array.isArray(block["children"]) ? block["children"] : [];
    const text = children.map((span) => (isRecord(span) && typeof span["text"] === "string" ? span["text"] : "")).join("").trim();
    return text === "" ? undefined : text;
  }
  return undefined;
}

interface PriceCard {
  name: string;
  id?: string;
  prices: { label: string; price: string }[];
}

/** A list of cards, each a name and records of a label and a price; null when the node is not one. */
function priceCards(node: unknown): PriceCard[] | null {
  if (!Array.isArray(node) || node.length === 0) return null;
  const cards: PriceCard[] = [];
  for (const item of node) {
    if (!isRecord(item)) return null;
    const name = firstString(item, NAME_KEYS);
    if (name === undefined) return null;
    const prices = Object.values(item).flatMap((value) => (Array.isArray(value) ? value.map(priceLine).filter((line) => line !== null) : []));
    if (prices.length === 0) return null;
    const id = firstString(item, ID_KEYS);
    cards.push({ name, ...(id !== undefined && id !== name ? { id } : {}), prices });
  }
  return cards;
}

/** `{ value: "Input (/M tokens)", price_dollar: "$1.5", price_euro: "1.25€" }`: the label and the first price, in dollars when one is. */
function priceLine(record: unknown): { label: string; price: string } | null {
  if (!isRecord(record)) return null;
  const strings = Object.values(record).filter((v): v is string => typeof v === "string").map(unescapeFlight);
  const label = strings.find((s) => s.trim() !== "" && !mentionsMoney(s) && s.length <= 80 && !/^[a-z]{2}(?:-[A-Z]{2})?$/.test(s));
  const prices = strings.filter((s) => mentionsMoney(s) && s.length <= 80);
  const price = prices.find((s) => s.includes("$")) ?? prices[0];
  return label !== undefined && price !== undefined ? { label, price } : null;
}

function firstString(record: Record<string, unknown>, keys: string[]): string | undefined {
  for (const key of keys) {
    const value = record[key];
    if (typeof value === "string" && value.trim() !== "" && value.length <= 100) return unescapeFlight(value.trim());
  }
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function escape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
