// Reads the prices of one table: a header naming columns, rows naming models (or dimensions, or models as columns).
import { readCloudRegion } from "../models/read-cloud-region";
import { classifyLabel } from "./classify-label";
import { isDimensional } from "./is-dimensional";
import { cleanModelName } from "../models/clean-model-name";
import { findKnownModels } from "./find-known-models";
import { findSectionContext } from "./find-section-context";
import type { PageIndex } from "./index-page";
import { looksLikeModelName } from "./looks-like-model-name";
import { mergeTraits } from "./merge-traits";
import { parsePriceCell } from "./parse-price-cell";
import { isFreeCell, readFreeCell } from "./read-free-cell";
import { readFootnoteMarker } from "./read-footnote-marker";
import { listedDimensions } from "./listed-dimensions";
import { readPricePair } from "./read-price-pair";
import { realignHeader } from "./realign-header";
import { splitModelNames } from "./split-model-names";
import type { PriceCandidate, PriceMention, Traits } from "./types";
import { mentionsMoney } from "./mentions-money";

export interface TableRow {
  cells: string[];
  line: number;
  evidence: string;
  /** A header row (before a separator, or a row of column names in the middle of a table). */
  header: boolean;
}

export interface TableReading {
  candidates: PriceCandidate[];
  /** Rows with prices that could not be tied to a model. */
  orphans: number[];
}

const KEY_HEADER = /^(?:models?|model[ _-]?names?|model[ _-]?ids?|name|api|tools?|mode|resource|usage meter|product|service|engine|模型|模型名称|النموذج|modell|modelo|modèle)$/i;
const QUALIFIER_HEADER = /^(?:quality|resolution|size|output resolution|size: output resolution|mode|region|feature|variant|plan|tier|provider|inference provider|host|hosted by|platform|deployment)$/i;
// Columns that describe the model in words ("Input: accepts images"): never dimensions of its prices.
const DESCRIPTIVE_HEADER = /description|best for|strength|capabilit|example|^notes?$|use cases?|details/i;
const IGNORED_HEADER = /context|السياق|description|max output|rate limit|latency|best for|tool name|knowledge|window|speed|estimated|average|example|capabilit|modalit|strength|^id$|alias/i;

const MODALITY_WORD = /^(?:text|audio|images?|videos?|speech|文本|音频|图片|视频)$/i;

const hasMoney = mentionsMoney;

/**
 * A cell that names a dimension, a context band ("| Threshold (input tokens) |" with "> 272K" rows), or a
 * modality under a Modality or Type header ("| Modality |" with Text / Audio rows).
 */
function namesDimension(cell: string, header: string): boolean {
  const t = classifyLabel(cell);
  if (isDimensional(t)) return true;
  // "Context window: up to 1M" describes the model, not a band of its prices; "Context: 32K-128K" is a band.
  if ((t.contextAbove !== undefined || t.contextUpTo !== undefined) && !/window|max/i.test(header)) return true;
  return /modalit|^type$|模态/i.test(header) && t.modality !== undefined;
}

function cellMentions(cell: string, column: Traits): PriceMention[] {
  const mentions = parsePriceCell(cell);
  if (mentions.length > 0) return mentions;
  // A bare number under a header that states the currency ("Input ($/1M)" | 0.05).
  // A decimal comma only counts under a euro header ("Input (EUR)" | 1,85).
  const bare = (column.currency === "EUR" ? /^\s*(\d+(?:[.,]\d{1,2})?|\d+\.\d+)\s*$/ : /^\s*(\d+(?:\.\d+)?)\s*$/).exec(cell.replace(/\\/g, ""));
  if (bare && column.currency !== undefined && (column.unit !== undefined || isDimensional(column))) {
    const symbol = column.currency === "EUR" ? "€" : column.currency === "GBP" ? "£" : column.currency === "CNY" ? "¥" : "$";
    return parsePriceCell(`${symbol}${bare[1]}`);
  }
  return [];
}

const ID_HEADER = /^(?:(?:model|api)[ _-]?)?ids?$|^api[ _-]?(?:model[ _-]?)?(?:names?|strings?)$|^model[ _-]?strings?$|^(?:api[ _-]?)?endpoints?$|^المعرّ?ف$/i;
// An API id: no spaces, a letter, and only id punctuation ("zai-org-glm-4.6", "openai/gpt-5", "claude-opus-4-5@20251101").
const MODEL_ID = /^(?=.*[a-z])[a-z0-9][a-z0-9._:/@-]{1,100}$/i;

// "↳ >200K Context", "└ > 128K tokens", "> 200K": a row that continues the model above it.
const CONTINUATION = /^\s*(?:[↳└⤷↪]|(?:[>≥]|over\b|above\b|more than\b)\s*\d)/i;

function continuationBand(keyText: string): number | undefined {
  return CONTINUATION.test(keyText) ? classifyLabel(keyText).contextAbove : undefined;
}

function modelLike(text: string): boolean {
  return looksLikeModelName(text) && /[a-z]{2,}/i.test(text) && /\d|-/.test(text);
}

export function readTableRows(page: PageIndex, rows: TableRow[], known: Set<string>): TableReading {
  const out: TableReading = { candidates: [], orphans: [] };
  if (rows.length === 0) return out;
  // Split into segments, each under its own header row.
  let header: string[] = [];
  let body: TableRow[] = [];
  const flush = (): void => {
    if (body.length > 0) readSegment(page, header, body, known, out);
    body = [];
  };
  rows.forEach((row, i) => {
    const restartsHeader = !row.header && i > 0 && !row.cells.some(hasMoney) && header.length > 0
      && row.cells.length >= 2 && row.cells[0]!.trim() !== "" && row.cells[0]!.trim().toLowerCase() === header[0]!.trim().toLowerCase();
    if (row.header || restartsHeader || (i === 0 && !row.cells.some(hasMoney))) {
      flush();
      header = row.header && body.length === 0 && i > 0 && rows[i - 1]!.header
        ? header.map((h, c) => `${h} ${row.cells[c] ?? ""}`.trim())
        : row.cells;
      return;
    }
    body.push(row);
  });
  flush();
  return out;
}

function tableModels(page: PageIndex, firstLine: number, known: Set<string>): string[] {
  const ctx = findSectionContext(page, firstLine);
  // A heading names the model of the first table under it, and of tables that follow with no text between.
  let tableStart = firstLine;
  while (tableStart > 0 && page.lines[tableStart - 1]!.kind === "table") tableStart--;
  if (ctx.models.length > 0) {
    let prose = false;
    let sawTable = false;
    for (let i = ctx.modelLine + 1; i < tableStart; i++) {
      const line = page.lines[i]!;
      // Once a description follows a table, the heading no longer names the tables after it.
      if (line.kind === "table") sawTable = true;
      else if (line.kind === "text" && sawTable && line.text.trim().length > 40) prose = true;
    }
    if (!prose) return ctx.models;
  }
  // Otherwise the sentence just above: "When using Claude Sonnet 4 or Sonnet 4.5 with ...".
  let seen = 0;
  let start = firstLine - 1;
  while (start >= 0 && page.lines[start]!.kind === "table") start--;
  for (let i = start; i >= 0 && seen < 8; i--) {
    const line = page.lines[i]!;
    if (line.kind === "heading" || line.kind === "table") break;
    if (line.kind !== "text") continue;
    seen++;
    const names = findKnownModels(line.text, known);
    if (names.length > 0) return names;
    // A description that names its model as its subject: "2.5 Flash Preview is best for ...", "Gemini Robotics-ER, short for ..., is a thinking model".
    for (const sentence of line.text.split(/(?<=\.)\s+/)) {
      const m = /^([A-Z0-9][\w.\- ]{2,40}?)(?:,[^.,]{0,80},)?\s+is\s+(?:a|an|best|our)\b/.exec(sentence.trim());
      if (m && modelLike(m[1]!) && /\d|[a-z]-[A-Z]|-[A-Z]{2}\b/.test(m[1]!)) return [cleanModelName(m[1]!)];
    }
  }
  return [];
}

/** "Imagen 4 Fast image price" names its product before the dimension words. */
function productOfLabel(label: string): string[] {
  const m = /^(.+?)\s+(?:(?:image|video|audio|text)\s+)?(?:with\s+audio\s+)?price\b/i.exec(cleanModelName(label));
  // "Veo 3 Standard" is Veo 3 at its standard variant; "Veo 3 Fast" is a model of its own.
  const name = m?.[1]!.replace(/\s+standard$/i, "");
  if (name === undefined || !modelLike(name) || !/\d/.test(name) || isDimensional(classifyLabel(name))) return [];
  return [name];
}

function readSegment(page: PageIndex, statedHeader: string[], body: TableRow[], known: Set<string>, out: TableReading): void {
  const realigned = realignHeader(statedHeader, body.map((r) => r.cells), hasMoney);
  const header = realigned.header;
  const droppedUnit = realigned.dropped !== undefined ? classifyLabel(realigned.dropped).unit : undefined;
  const sectionTraits = findSectionContext(page, body[0]!.line).traits;
  const section = droppedUnit !== undefined && sectionTraits.unit === undefined ? { ...sectionTraits, unit: droppedUnit } : sectionTraits;
  // A loop, not Math.max(...rows): a page that is one huge table must not overflow the call stack.
  const width = body.reduce((max, r) => Math.max(max, r.cells.length), header.length);
  // A header listing its cells' dimensions ("Price (In / Cached / Out)") names no one dimension of its own.
  const colTraits = Array.from({ length: width }, (_, c) => {
    const traits = classifyLabel(header[c] ?? "");
    if (listedDimensions(header[c] ?? "").length === 0) return traits;
    const { io: _io, cache: _cache, ...rest } = traits;
    return rest;
  });
  const headerText = (c: number): string => (header[c] ?? "").replace(/\*\*|`/g, "").trim();

  // Models as columns ("| 模型 | deepseek-chat | deepseek-reasoner |").
  // A header that reads as a name and states no unit, context bound or free tier.
  const namesSomething = (c: number): boolean => !colTraits[c]!.free && colTraits[c]!.unit === undefined && colTraits[c]!.contextAbove === undefined
    && looksLikeModelName(headerText(c).replace(/[*_`]/g, ""));
  const namesNoPrice = (c: number): boolean => namesSomething(c) && !isDimensional(colTraits[c]!) && colTraits[c]!.tier === undefined
    && colTraits[c]!.contextUpTo === undefined && !/[<>≤≥]/.test(headerText(c));
  const modelCols = header.map((_, c) => c).filter((c) => c > 0 && modelLike(headerText(c)) && namesNoPrice(c));
  const namedCols = header.filter((h, c) => c > 0 && h.trim() !== "").length;
  // Rows that all name dimensions ("| Input ($/1M tokens) | $1 | $3 |") under column headers: the columns
  // are the models, whatever the first header says ("| Model | Sonar | Sonar Pro |").
  const pricedRows = body.filter((r) => r.cells.slice(1).some(hasMoney));
  const rowsAreDimensions = pricedRows.length > 0 && pricedRows.every((r) => isDimensional(classifyLabel(r.cells[0] ?? "")) && !modelLike(r.cells[0] ?? ""));
  // Model names may hold dimension words ("Trinity Large Thinking", "Sonar Pro Search"): here they are names.
  const namedModelCols = header.map((_, c) => c).filter((c) => c > 0 && namesSomething(c));
  if (rowsAreDimensions && namedModelCols.length > 0 && namedModelCols.length * 5 >= namedCols * 4) {
    readTransposed(page, header, body, namedModelCols, section, out);
    return;
  }
  if (modelCols.length > 0 && modelCols.length * 2 >= namedCols && !KEY_HEADER.test(headerText(1))) {
    // Once most columns are models, a column named like a product without a version ("Acme Mini") is one too.
    const allModelCols = header.map((_, c) => c).filter((c) => c > 0 && headerText(c) !== "" && (modelCols.includes(c) || namesNoPrice(c)));
    readTransposed(page, header, body, allModelCols, section, out);
    return;
  }

  let key = header.findIndex((h) => KEY_HEADER.test(h.replace(/\*\*|`/g, "").trim()));
  if (key < 0) key = 0;
  // A price cell: money, or a bare number under a header that states the currency ("Input ($/1M)" | 0.05).
  const priced = (cell: string, c: number): boolean => hasMoney(cell) || (/^\s*\d/.test(cell) && cellMentions(cell, colTraits[c]!).length > 0);
  // A column that holds prices reads a "Free" cell as a price of zero, in the column's currency.
  const priceCurrency = new Map<number, string>();
  for (const r of body) {
    r.cells.forEach((cell, c) => {
      if (!priceCurrency.has(c) && priced(cell, c)) priceCurrency.set(c, cellMentions(cell, colTraits[c]!)[0]?.currency ?? "USD");
    });
  }
  const free = (cell: string, c: number): boolean => priceCurrency.has(c) && isFreeCell(cell);
  const pricedOrFree = (cell: string, c: number): boolean => priced(cell, c) || free(cell, c);
  const moneyRowsAll = body.filter((r) => r.cells.some(priced));
  // No key column when the first column holds prices too ("| ≤ 200K input tokens | > 200K input tokens |").
  if (moneyRowsAll.filter((r) => priced(r.cells[key] ?? "", key)).length * 2 > moneyRowsAll.length) key = -1;
  const keyIsModel = key >= 0 && KEY_HEADER.test(headerText(key));
  const keyIsModelName = keyIsModel && /model|模型|name|النموذج|modèle/i.test(headerText(key));
  // Rows that leave out the cells spanning down from the row above ("| Medium | $0.042 |"), and continuation rows.
  let prevCells: string[] | null = null;
  // A continuation row ("| ↳ >200K Context | | $11.00 | ..."): the row above's model, above a context length.
  const bands = new Map<number, number>();
  const rows = body.map((row) => {
    let cells = row.cells;
    const band = key >= 0 && prevCells !== null ? continuationBand(cells[key] ?? "") : undefined;
    if (band !== undefined) {
      bands.set(row.line, band);
      cells = cells.map((cell, c) => (c === key ? prevCells![key] ?? "" : cell));
    }
    if (prevCells !== null && cells.length < header.length && !modelLike(cells[0] ?? "") && cells.some(priced)) {
      cells = [...prevCells.slice(0, header.length - cells.length), ...cells];
    }
    if (prevCells !== null && key >= 0 && (cells[key] ?? "").trim() === "") cells = cells.map((cell, c) => (c === key ? prevCells![key] ?? "" : cell));
    prevCells = cells;
    return { ...row, cells };
  });
  const moneyRows = rows.filter((r) => r.cells.some(pricedOrFree));
  // A group row without prices that states a unit ("| Language models | | Per million tokens |") gives it to
  // the rows under it, until the next such row.
  const groupUnits = new Map<number, string>();
  let groupUnit: string | undefined;
  for (const row of rows) {
    if (row.cells.some(pricedOrFree)) {
      if (groupUnit !== undefined) groupUnits.set(row.line, groupUnit);
      continue;
    }
    const stated = row.cells.filter((cell) => cell.trim() !== "").map((cell) => classifyLabel(cell).unit).find((unit) => unit !== undefined);
    if (stated !== undefined) groupUnit = stated;
  }
  const rowDim = new Set<number>();
  const qualifierCols = new Set<number>();
  const ignored = new Set<number>();
  for (let c = 0; c < width; c++) {
    if (c === key) continue;
    const cells = moneyRows.map((r) => r.cells[c] ?? "");
    const withMoney = cells.filter((cell) => priced(cell, c)).length;
    // "Context window" is no price column; "Long context Input" is one (a group heading over its columns).
    const ignoredHeader = IGNORED_HEADER.test(headerText(c).replace(/\b(?:short|long)[- ]context\b/gi, ""));
    // A column of dimensions or of modalities ("| Model | Modality | Input | Output |" with Text / Audio rows);
    // a Description column that says "Input: accepts images" describes the model, it names no dimension.
    if (withMoney === 0 && !DESCRIPTIVE_HEADER.test(headerText(c)) && cells.filter((cell) => namesDimension(cell, headerText(c))).length * 2 >= Math.max(1, cells.length)) rowDim.add(c);
    else if (withMoney === 0 && QUALIFIER_HEADER.test(headerText(c))) qualifierCols.add(c);
    if (ignoredHeader || colTraits[c]!.free) ignored.add(c);
  }
  // A qualifier column tells a model's prices apart ("| GPT-5 | Global | $1.25 |" and "| GPT-5 | EU | $1.38 |");
  // one whose value never differs between the rows of one model describes the model ("| o3 | Reasoning |"),
  // and adding or dropping it changes no price. A region is a price's qualifier wherever it is stated.
  const modelAttributes = new Set<number>();
  if (key >= 0) {
    for (const c of qualifierCols) {
      if (/^region$/i.test(headerText(c))) continue;
      const values = new Map<string, Set<string>>();
      for (const row of moneyRows) {
        const model = (row.cells[key] ?? "").trim().toLowerCase();
        const set = values.get(model) ?? new Set<string>();
        set.add((row.cells[c] ?? "").trim().toLowerCase());
        values.set(model, set);
      }
      if ([...values.values()].every((set) => set.size <= 1)) modelAttributes.add(c);
    }
  }
  // An "ID" column beside the model's name column states each model's API id.
  const idCol = keyIsModelName ? header.findIndex((_, c) => c !== key && ID_HEADER.test(headerText(c))) : -1;
  let lastModelId: string | undefined;
  let models: string[] | null = null;
  for (const row of moneyRows) {
    const cells = row.cells;
    const keyText = key < 0 ? "" : (cells[key] ?? "").trim();
    const keyTraits = classifyLabel(keyText);
    // A row named by a bare modality ("| Text | $2.50 | $10 |" under the model's heading) prices that modality.
    const keyDimension = isDimensional(keyTraits) || /\b(?:price|pricing|cost|fee)\b|价格/i.test(keyText) || MODALITY_WORD.test(keyText);
    let rowModels: string[];
    let rowTraits: Traits = {};
    if (!keyIsModel && (keyDimension || keyText === "")) {
      models ??= tableModels(page, body[0]!.line, known);
      if (models.length === 0 && keyTraits.kind !== undefined && keyTraits.io === undefined && keyTraits.cache === undefined) {
        rowModels = splitModelNames(keyText);
      } else {
        // A row label naming a variant of the heading's model ("Veo 3 Fast video with audio price") prices that variant.
        const product = productOfLabel(keyText);
        const variant = product.length > 0 && models.some((m) => product[0]!.toLowerCase().startsWith(`${m.toLowerCase()} `));
        rowModels = models.length === 0 || variant ? product : models;
      }
      rowTraits = keyTraits;
    } else if (!keyIsModel && headerText(key) === "" && !modelLike(keyText)) {
      models ??= tableModels(page, body[0]!.line, known);
      rowModels = models;
      rowTraits = { ...keyTraits, qualifiers: { ...keyTraits.qualifiers, item: keyText } };
    } else {
      rowModels = looksLikeModelName(keyText.replace(/\*\*|`|\[|\]\([^)]*\)/g, "")) || keyIsModel ? splitModelNames(keyText) : [];
      // A model cell says nothing about dimensions, except a tool's kind ("File storage", "Web search").
      rowTraits = keyIsModelName ? {} : { kind: keyTraits.kind, tier: keyTraits.tier };
    }
    const band = bands.get(row.line);
    if (band !== undefined) rowTraits = { ...rowTraits, contextAbove: band };
    if (rowModels.length === 0) {
      out.orphans.push(row.line);
      continue;
    }
    // "| Claude Opus 5¹ | ..." points every price of the row to a note.
    const keyMarker = keyIsModel || modelLike(keyText) ? readFootnoteMarker(keyText.replace(/\*\*([^*]+)\*\*/g, "$1"), "end") : undefined;
    if (keyMarker !== undefined) rowTraits = { ...rowTraits, footnote: keyMarker };
    for (const m of rowModels) known.add(m);
    const idText = idCol >= 0 ? (cells[idCol] ?? "").replace(/`/g, "").trim() : "";
    // A continuation row leaves the id cell empty: it is the row above's model.
    const modelId = MODEL_ID.test(idText) ? idText : bands.has(row.line) ? lastModelId : undefined;
    lastModelId = modelId;
    const dimTraits = mergeTraits(...[...rowDim].map((c) => classifyLabel(cells[c] ?? "")));
    const qualifiers: Record<string, string> = {};
    let columnTier: Traits | undefined;
    for (const c of qualifierCols) {
      const value = (cells[c] ?? "").trim();
      // A Tier or Mode column naming a service tier ("Batch", "Priority") gives the row its tier.
      const tier = classifyLabel(value).tier;
      if (tier !== undefined && value.split(/\s+/).length <= 3) columnTier = { tier };
      else if (value !== "" && value.length <= 40 && !modelAttributes.has(c)) {
        const key = headerText(c).toLowerCase().replace(/[^a-z]+/g, "_").replace(/^_|_$/g, "");
        // A region is spelt one way wherever the page names it ("Global" in a column, "global" as a heading).
        qualifiers[key] = key === "region" ? (readCloudRegion(value) ?? value.toLowerCase().replace(/\s+/g, "-")) : value;
      }
    }
    const rowUnit = groupUnits.get(row.line);
    for (let c = 0; c < cells.length; c++) {
      if (c === key || rowDim.has(c) || qualifierCols.has(c) || ignored.has(c)) continue;
      const column = colTraits[c]!;
      const size = /\d+\s*[x×]\s*\d+/.test(headerText(c)) && !isDimensional(column) ? { qualifiers: { size: headerText(c) } } : undefined;
      const mentions = free(cells[c]!, c) ? [readFreeCell(priceCurrency.get(c))] : cellMentions(cells[c]!, column);
      const paired = isDimensional(column) || isDimensional(rowTraits) || isDimensional(dimTraits) ? mentions : readPricePair(mentions, column.unit ?? rowUnit ?? section.unit, headerText(c));
      for (const mention of paired) {
        if (mention.approximate) continue;
        const traits = mergeTraits(section, rowUnit !== undefined ? { unit: rowUnit } : undefined, column, size, rowTraits, dimTraits, columnTier,
          Object.keys(qualifiers).length > 0 ? { qualifiers } : undefined, mention.label, mention.note,
          { unit: mention.unit ?? undefined, currency: mention.currency ?? undefined });
        if (traits.subscription) continue;
        for (const model of rowModels) {
          out.candidates.push({ model, ...(modelId !== undefined && rowModels.length === 1 && { modelId }), traits, amountText: mention.amountText, amount: mention.amount, evidence: row.evidence, line: row.line });
        }
      }
    }
  }
}

// "| Claude API ID | claude-opus-4-7 | claude-sonnet-4-6 |": a row of the column models' API ids.
const ID_ROW = /^(?:[\p{L} ]{0,20}\s)?(?:api[ _-]?)?(?:model[ _-]?)?ids?$|^api[ _-]?(?:model[ _-]?)?(?:names?|strings?)$/iu;

function readTransposed(page: PageIndex, header: string[], body: TableRow[], modelCols: number[], section: Traits, out: TableReading): void {
  const models = modelCols.map((c) => splitModelNames(header[c]!));
  const idRow = body.find((row) => ID_ROW.test((row.cells[0] ?? "").replace(/[*`]/g, "").trim()) && modelCols.every((c) => MODEL_ID.test((row.cells[c] ?? "").replace(/`/g, "").trim())));
  const idOf = (c: number): string | undefined => (idRow !== undefined && models[modelCols.indexOf(c)]?.length === 1 ? (idRow.cells[c] ?? "").replace(/`/g, "").trim() : undefined);
  // A row wider than the header leads with a group cell spanning down ("STANDARD PRICE (UTC 00:30-16:30)"):
  // it labels its own row and the header-wide rows under it, until the next such row.
  let group = "";
  for (const sourceRow of body) {
    let row = sourceRow;
    const extra = row.cells.length - header.length;
    if (extra > 0 && row.cells.slice(0, extra).every((cell) => !hasMoney(cell))) {
      group = row.cells.slice(0, extra).join(" ").trim();
      row = { ...row, cells: [`${group} ${row.cells[extra] ?? ""}`.trim(), ...row.cells.slice(extra + 1)] };
    } else if (group !== "" && extra === 0) {
      row = { ...row, cells: [`${group} ${row.cells[0] ?? ""}`.trim(), ...row.cells.slice(1)] };
    }
    const moneyIdx = row.cells.map((cell, c) => (c > 0 && hasMoney(cell) ? c : -1)).filter((c) => c >= 0);
    if (moneyIdx.length === 0) continue;
    const label = row.cells.slice(0, moneyIdx[0]).join(" ");
    const rowTraits = classifyLabel(label);
    // A price under a model's column is that model's, even when other models' cells are blank or "-";
    // one price outside every model column (a merged cell) is all of them.
    const inModelCols = moneyIdx.filter((c) => modelCols.includes(c));
    // One price in a row whose other model cells hold words, not prices or dashes, is a merged cell.
    // So is one price in a row that is shorter than the header (its cells span).
    const merged = moneyIdx.length === 1 && (row.cells.length < header.length || modelCols.some((c) => c !== moneyIdx[0] && /\p{L}{2}/u.test(row.cells[c] ?? "")));
    const targets: [number, string[]][] = moneyIdx.length === 1 && (inModelCols.length === 0 || merged)
      ? [[moneyIdx[0]!, models.flat()]]
      : inModelCols.map((c) => [c, models[modelCols.indexOf(c)]!]);
    if (targets.length < moneyIdx.length) out.orphans.push(row.line);
    for (const [c, names] of targets) {
      // "Cost (Input / Output per MTok) | $3.00 / $15.00": a pair under a label naming no one direction.
      const mentions = parsePriceCell(row.cells[c]!);
      for (const mention of isDimensional(rowTraits) ? mentions : readPricePair(mentions, rowTraits.unit ?? section.unit, label)) {
        if (mention.approximate) continue;
        const traits = mergeTraits(section, rowTraits, mention.label, mention.note,
          { unit: mention.unit ?? undefined, currency: mention.currency ?? undefined });
        if (traits.subscription || traits.free) continue;
        const modelId = names.length === 1 ? idOf(c) : undefined;
        for (const model of names) {
          out.candidates.push({ model, ...(modelId !== undefined && { modelId }), traits, amountText: mention.amountText, amount: mention.amount, evidence: row.evidence, line: row.line });
        }
      }
    }
  }
}
