// Restores the prices a page keeps only in data its scripts carry: a dashboard whose table is filled in the
// browser from `const pricingData = { ... }`, a Next.js Pages Router page's `<script id="__NEXT_DATA__"
// type="application/json">`, a state object assigned to `window.__INITIAL_STATE__`. Inline scripts are parsed
// with acorn (never run); object and array literals of declarations and assignments, and JSON scripts, are
// read as JSON price listings (readJsonPriceRecords). Models the rendered page does not already name are
// appended after it, one heading per model and one line per price, so the snapshot shows them and the
// extractor reads them like any other page text.
import { parse, type Node } from "acorn";
import type { CheerioAPI } from "cheerio/slim";
import { readJsonPriceRecords } from "../pricing/json/read-json-price-records";
import type { Price } from "../pricing/types";

const MAX_SCRIPT_CHARS = 2_000_000;
const MAX_LITERAL_NODES = 200_000;
// A script worth parsing states a token direction as a key ("input": 3, prompt_price: ...).
const PRICE_KEY = /["']?\b\w*(?:input|prompt)\w*["']?\s*:/i;
const JSON_TYPE = /^application\/(?:[\w.+-]*\+)?json$/i;

interface AcornNode extends Node {
  [key: string]: unknown;
}

export function restoreScriptData($: CheerioAPI): void {
  const values: unknown[] = [];
  for (const script of $("script").toArray()) {
    const text = $(script).text();
    if (text.length > MAX_SCRIPT_CHARS || !PRICE_KEY.test(text)) continue;
    const type = ($(script).attr("type") ?? "").trim();
    if (JSON_TYPE.test(type)) {
      try {
        values.push(JSON.parse(text));
      } catch {
        // Not JSON after all: nothing to read.
      }
    } else if (type === "" || /javascript|ecmascript|^module$/i.test(type)) {
      values.push(...scriptLiterals(text));
    }
  }
  if (values.length === 0) return;
  const shown = $("body").clone().find("script, style, noscript, template").remove().end().text().replace(/\s+/g, " ").toLowerCase();
  const html: string[] = [];
  for (const value of values) {
    const card = readJsonPriceRecords(value, null);
    if (card === null) continue;
    const models = groupByModel(card.prices.filter((price) => price.usdPer1M !== undefined));
    // A page that renders its data already shows it: most of the models named means it is not hidden.
    const named = models.filter(([model, prices]) => shown.includes(model.toLowerCase()) || (prices[0]?.modelId !== undefined && shown.includes(prices[0].modelId.toLowerCase())));
    if (models.length === 0 || named.length * 2 >= models.length) continue;
    for (const [model, prices] of models) {
      html.push(`<h4>${escape(model)}</h4>`);
      const id = prices[0]?.modelId;
      if (id !== undefined && id !== model) html.push(`<p><code>${escape(id)}</code></p>`);
      html.push(...prices.map((price) => `<p>${escape(priceLine(price))}</p>`));
    }
  }
  if (html.length > 0) $("body").append(`<section><h3>Prices in the page's script data</h3>${html.join("")}</section>`);
}

/** The object and array literals a script declares or assigns (`const data = {...}`, `window.x = [...]`), as values. */
function scriptLiterals(code: string): unknown[] {
  let program: AcornNode;
  try {
    program = parse(code, { ecmaVersion: "latest", sourceType: "script", allowReturnOutsideFunction: true }) as unknown as AcornNode;
  } catch {
    try {
      program = parse(code, { ecmaVersion: "latest", sourceType: "module" }) as unknown as AcornNode;
    } catch {
      return [];
    }
  }
  const out: unknown[] = [];
  const stack: AcornNode[] = [program];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const literal = node.type === "VariableDeclarator" ? (node.init as AcornNode | null) : node.type === "AssignmentExpression" ? (node.right as AcornNode) : null;
    if (literal && (literal.type === "ObjectExpression" || literal.type === "ArrayExpression")) {
      const budget = { nodes: MAX_LITERAL_NODES };
      const value = literalValue(literal, budget);
      if (value !== undefined && budget.nodes > 0) out.push(value);
      continue;
    }
    for (const child of Object.values(node)) {
      if (Array.isArray(child)) {
        for (const item of child) if (isNode(item)) stack.push(item);
      } else if (isNode(child)) {
        stack.push(child);
      }
    }
  }
  return out.reverse();
}

function isNode(value: unknown): value is AcornNode {
  return typeof value === "object" && value !== null && typeof (value as { type?: unknown }).type === "string";
}

/** A literal's value; parts that are not literals (calls, identifiers, functions) are left out. */
function literalValue(node: AcornNode, budget: { nodes: number }): unknown {
  if (--budget.nodes <= 0) return undefined;
  switch (node.type) {
    case "Literal":
      return typeof node.value === "string" || typeof node.value === "number" || typeof node.value === "boolean" || node.value === null ? node.value : undefined;
    case "TemplateLiteral": {
      const quasis = node.quasis as { value: { cooked: string | null } }[];
      return (node.expressions as unknown[]).length === 0 ? quasis[0]?.value.cooked ?? undefined : undefined;
    }
    case "UnaryExpression": {
      const argument = literalValue(node.argument as AcornNode, budget);
      return node.operator === "-" && typeof argument === "number" ? -argument : undefined;
    }
    case "ArrayExpression":
      return (node.elements as (AcornNode | null)[]).flatMap((element) => {
        const value = element === null ? undefined : literalValue(element, budget);
        return value === undefined ? [] : [value];
      });
    case "ObjectExpression": {
      const out: Record<string, unknown> = {};
      for (const property of node.properties as AcornNode[]) {
        if (property.type !== "Property" || property.computed) continue;
        const key = property.key as AcornNode;
        const name = key.type === "Identifier" ? (key.name as string) : key.type === "Literal" ? String(key.value) : undefined;
        if (name === undefined) continue;
        const value = literalValue(property.value as AcornNode, budget);
        if (value !== undefined) out[name] = value;
      }
      return out;
    }
    default:
      return undefined;
  }
}

function groupByModel(prices: Price[]): [string, Price[]][] {
  const models = new Map<string, Price[]>();
  for (const price of prices) models.set(price.model, [...(models.get(price.model) ?? []), price]);
  return [...models];
}

/** "Batch cached input (prompts > 200K tokens, from 2026-09-01): $0.5 / 1M tokens". */
function priceLine(price: Price): string {
  const dimension = price.dimension.replace("cache_read", "cached input").replace("cache_write", "cache write").replace(/_/g, " ");
  const tier = price.tier === "standard" ? "" : `${price.tier === "promo" ? "promotional" : price.tier.replace(/_/g, "-")} `;
  const label = `${tier}${dimension}`;
  const notes = [
    ...(price.contextAbove !== undefined ? [`prompts > ${price.contextAbove.toLocaleString("en-US")} tokens`] : []),
    ...(price.validFrom ? [`from ${price.validFrom}`] : []),
  ];
  return `${label.charAt(0).toUpperCase()}${label.slice(1)}${notes.length > 0 ? ` (${notes.join(", ")})` : ""}: $${decimal(price.usdPer1M!)} / 1M tokens`;
}

/** Every digit of a number, never exponent notation (1e-7 -> "0.0000001"). */
function decimal(value: number): string {
  const text = String(value);
  return /e/i.test(text) ? value.toFixed(20).replace(/\.?0+$/, "") : text;
}

function escape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
