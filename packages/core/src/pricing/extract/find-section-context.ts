// What the headings and statements above a line say about its prices, and which model a heading names.
import { findHeadingModelId } from "./find-heading-model-id";
import type { PageIndex } from "./index-page";
import { looksLikeModelName } from "./looks-like-model-name";
import { mergeTraits } from "./merge-traits";
import { splitModelNames } from "./split-model-names";
import type { Traits } from "./types";

export interface SectionContext {
  traits: Traits;
  /** Models named by the nearest model-like heading, if any. */
  models: string[];
  /** The line of that heading. */
  modelLine: number;
}

const cache = new WeakMap<PageIndex, Map<string, SectionContext>>();

export function findSectionContext(page: PageIndex, line: number): SectionContext {
  const l = page.lines[line];
  const key = `${l?.section ?? 0}|${l?.tier ?? ""}|${l?.window ?? ""}|${l?.unit ?? ""}`;
  let byKey = cache.get(page);
  if (byKey === undefined) {
    byKey = new Map();
    cache.set(page, byKey);
  }
  const hit = byKey.get(key);
  if (hit !== undefined) return hit;
  const context = compute(page, line);
  byKey.set(key, context);
  return context;
}

// "(per 1M tokens)", "— per 1K tokens", "(USD / 1M tokens)": a unit written into a heading.
const UNIT_PHRASE = /\(\s*(?:usd\s*)?(?:per|\/)\s*[^()]*\)|[-–—:,]?\s*\bper\s+(?:1\s*[km]|\d[\d,]*|one\s+(?:thousand|million)|million|thousand|m)\b[^()]*$/i;

const SECTION_NUMBER = /^\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]|[A-Z][.)])\s+(?=\p{L})/u;

function compute(page: PageIndex, line: number): SectionContext {
  const chain: number[] = [];
  for (let s = page.lines[line]?.section ?? 0; s >= 0; s = page.sections[s]!.parent) chain.unshift(s);
  const layers: Traits[] = [];
  let models: string[] = [];
  let modelLine = -1;
  for (const s of chain) {
    const section = page.sections[s]!;
    // A model heading ("Gemini 2.5 Flash Image") names the model, not the dimension of its prices. A unit the
    // heading states ("Text / Multimodal Models (per 1M tokens)") is no part of a name, and its digits none of one.
    // Nor is a section number ("9. Embeddings (per 1M tokens)").
    const name = section.heading.replace(SECTION_NUMBER, "").replace(UNIT_PHRASE, " ").trim();
    const named = name !== "" && looksLikeModelName(name) && (/\d/.test(name) || name === section.heading.trim());
    // A model heading's digits are its name; other headings state units too ("Pricing (per 1M tokens)").
    if (!/\d/.test(name) || !named) {
      const { tier, modality, kind, unit, currency, qualifiers } = section.traits;
      layers.push({ tier, modality, kind: kind === "request" ? undefined : kind, unit, currency, qualifiers });
      // Usage of a fine-tuned model is a different offer from the base model's.
      if (kind === "training") layers.push({ qualifiers: { variant: /reinforcement/i.test(section.heading) ? "reinforcement fine-tuned" : "fine-tuned" } });
    }
    layers.push(section.statement);
    if (named) {
      models = splitModelNames(section.heading);
      // One model under a heading that also states its API id is named by that id.
      const id = models.length === 1 ? findHeadingModelId(page, section.line) : null;
      if (id !== null) models = [id];
      modelLine = section.line;
    }
  }
  const tier = page.lines[line]?.tier;
  const window = page.lines[line]?.window;
  if (tier !== undefined) layers.push({ tier, qualifiers: window !== undefined ? { window } : undefined });
  const unit = page.lines[line]?.unit;
  if (unit !== undefined) layers.push({ unit });
  return { traits: mergeTraits(...layers), models, modelLine };
}
