// Reads rate-limit tables: "| Model | RPM | TPM | RPD |", "| Tier | Requests per minute | ... |", Anthropic's ITPM/OTPM columns,
// each under the usage tier its heading or tab label names.
import type { RateLimit } from "../types";
import { classifyLimitLabel, type LimitField } from "./classify-limit-label";
import { cleanModelName } from "../models/clean-model-name";
import { findSectionContext } from "./find-section-context";
import { findUsageTier } from "./find-usage-tier";
import type { PageIndex } from "./index-page";
import { looksLikeModelName } from "./looks-like-model-name";
import { parseLimitAmount } from "./parse-limit-amount";
import { splitModelNames } from "./split-model-names";

const SEPARATOR = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/;

function cells(line: string): string[] {
  const out = line.split(/(?<!\\)\|/).map((c) => c.trim());
  if (/^\s*\|/.test(line)) out.shift();
  if (/\|\s*$/.test(line)) out.pop();
  return out;
}

export function readLimitTables(page: PageIndex): RateLimit[] {
  const out: RateLimit[] = [];
  for (const [first, last] of page.tables) {
    const rows = page.lines.slice(first, last + 1).map((l, k) => ({ text: l.text, line: first + k })).filter((r) => !SEPARATOR.test(r.text));
    if (rows.length < 2) continue;
    const header = cells(rows[0]!.text);
    const fields = header.map((h) => classifyLimitLabel(h));
    if (!fields.some((f) => f !== null)) continue;
    const modelCol = header.findIndex((h) => /^(?:models?|model names?|model id|name)$/i.test(h.replace(/\*\*|`/g, "").trim()));
    const tierCol = header.findIndex((h) => /\btier\b/i.test(h) && classifyLimitLabel(h) === null);
    const key = modelCol >= 0 ? modelCol : tierCol >= 0 ? -1 : 0;
    const tableTier = findUsageTier(page, first);
    const ctx = findSectionContext(page, first);
    let prevModels: string[] = [];
    for (const row of rows.slice(1)) {
      const c = cells(row.text);
      const values: Partial<Record<LimitField, number>> = {};
      fields.forEach((f, i) => {
        const v = f !== null ? parseLimitAmount(c[i] ?? "") : undefined;
        if (f !== null && v !== undefined && values[f] === undefined) values[f] = v;
      });
      if (Object.keys(values).length === 0) continue;
      let models: string[];
      if (key >= 0) {
        const raw = cleanModelName(c[key] ?? "");
        models = raw === "" ? prevModels : looksLikeModelName(raw) ? splitModelNames(raw) : [];
      } else models = ctx.models.length > 0 ? ctx.models : ["*"];
      if (models.length === 0) continue;
      prevModels = models;
      const usageTier = tierCol >= 0 && (c[tierCol] ?? "").trim() !== "" ? cleanModelName(c[tierCol]!) : tableTier;
      for (const model of models) {
        out.push({ model, ...(usageTier !== undefined ? { usageTier } : {}), ...values, evidence: row.text.trim() });
      }
    }
  }
  return out;
}
