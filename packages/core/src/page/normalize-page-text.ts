// Turns a fetched page (HTML, markdown, plain text, JSON or YAML) into the stable text that is hashed, diffed and extracted from.
import { load } from "cheerio/slim";
import { parse as parseYaml } from "yaml";
import { capHtmlDepth } from "./cap-html-depth";
import { expandCollapsedTables } from "./expand-collapsed-tables";
import { opensAsJson, parseJsonDocument } from "./parse-json-document";
import { restoreFlightContent } from "./restore-flight-content";
import { restoreScriptData } from "./restore-script-data";

export interface NormalizePageTextInput {
  body: string;
  contentType?: string | null;
  selector?: string | null;
  ignorePatterns?: string[];
}

// Structural view of the domhandler nodes cheerio builds; domhandler is not a direct dependency.
interface DomNode {
  type: string;
  name?: string;
  attribs?: Record<string, string>;
  children?: DomNode[];
  data?: string;
  parent?: DomNode | null;
}

const SKIPPED_TAGS = new Set([
  "script", "style", "noscript", "template", "svg", "iframe", "head",
  "object", "embed", "canvas", "select", "datalist",
]);
const BLOCK_TAGS = new Set([
  "address", "article", "aside", "blockquote", "body", "center", "details", "dialog", "div",
  "fieldset", "figure", "footer", "form", "header", "hgroup", "hr", "html", "main", "menu",
  "nav", "p", "section",
]);
// Blocks that read as a line of their own rather than a paragraph.
const LINE_TAGS = new Set(["caption", "dd", "dt", "figcaption", "legend", "summary"]);
const LIST_TAGS = new Set(["ul", "ol", "dl"]);
const HEADING_LEVEL: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };
// Invisible characters that differ between otherwise identical renders of a page.
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const SUPERSCRIPT: Record<string, string> = { "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹" };
// Chromium's parser stops nesting at the same depth.
const MAX_HTML_DEPTH = 512;

export function normalizePageText(input: NormalizePageTextInput): string {
  const ignore = compileIgnorePatterns(input.ignorePatterns ?? []);
  const body = input.body.replace(/\r\n?/g, "\n");
  const kind = detectKind(body, input.contentType ?? null);
  let lines: string[];
  if (kind === "html") {
    lines = htmlToLines(body, input.selector ?? null);
  } else if (kind === "yaml") {
    // A YAML price list is data, as JSON is: stored and read as its stable JSON (a YAML file that does not
    // parse, or holds a bare scalar, stays text).
    const json = yamlAsStableJson(body);
    lines = (json ?? body).split("\n").map((line) => line.replace(INVISIBLE, "").trimEnd());
  } else {
    // Raw GitHub files (a LiteLLM registry) come as text/plain, so JSON is recognised by its body too.
    const json = stableJson(body);
    lines = (json ?? readEmbeddedHtmlTables(body)).split("\n").map((line) => line.replace(INVISIBLE, "").trimEnd());
    // Markdown tables re-padded by an exporter are the same table: one space around each cell.
    if (json === null) lines = lines.map(normalizeMarkdownTableRow);
  }
  const kept = ignore.length === 0 ? lines : lines.filter((line) => !ignore.some((re) => re.test(line)));
  return collapseBlankLines(kept).join("\n");
}

// A markdown page may write a table in HTML (docs sites do, for cells holding several prices).
const HTML_TABLE = /<table\b[^>]*>[\s\S]*?<\/table\s*>/gi;

/** Each HTML table inside a markdown or text page becomes the table rows an HTML page's table gives. */
function readEmbeddedHtmlTables(body: string): string {
  if (!/<table\b/i.test(body)) return body;
  return body.replace(HTML_TABLE, (table) => `\n${htmlToLines(table, null).join("\n")}\n`);
}

function compileIgnorePatterns(patterns: string[]): RegExp[] {
  return patterns.map((pattern) => {
    try {
      return new RegExp(pattern);
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      throw new Error(`ignore pattern '${pattern}' is not a valid regular expression: ${why}`);
    }
  });
}

function detectKind(body: string, contentType: string | null): "html" | "yaml" | "text" {
  const type = (contentType ?? "").toLowerCase();
  if (type.includes("html")) return "html";
  if (type.includes("yaml")) return "yaml";
  if (type.includes("json") || type.startsWith("text/")) return "text";
  return looksLikeHtml(body) ? "html" : "text";
}

function looksLikeHtml(body: string): boolean {
  const head = body.slice(0, 2048).trimStart();
  if (!head.startsWith("<")) return false;
  if (/^(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b/i.test(head)) return true;
  return /<\/(?:div|p|table|span|body|html|ul|section|h[1-6])>/i.test(body.slice(0, 65536));
}

// Sorted keys make a registry whose keys were reordered produce the same text. A price file with
// comments ("// Per-model prices (USD per token)" above the object) is the JSON it holds.
function stableJson(body: string): string | null {
  const trimmed = body.trim();
  if (!opensAsJson(trimmed)) return null;
  try {
    return stringifyStable(parseJsonDocument(trimmed));
  } catch {
    // Not JSON after all, or nested too deep to stringify: treat it as text.
    return null;
  }
}

function yamlAsStableJson(body: string): string | null {
  try {
    // Dates stay the strings they were written as; a huge alias expansion is refused, not followed.
    const value: unknown = parseYaml(body, { schema: "core", maxAliasCount: 1000 });
    return typeof value === "object" && value !== null ? stringifyStable(value) : null;
  } catch {
    return null;
  }
}

function stringifyStable(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (isPlainObject(v) ? sortKeys(v) : v), 2);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function sortKeys(value: Record<string, unknown>): Record<string, unknown> {
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) sorted[key] = value[key];
  return sorted;
}

function collapseBlankLines(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    if (line === "" && (out.length === 0 || out[out.length - 1] === "")) continue;
    out.push(line);
  }
  while (out.length > 0 && out[out.length - 1] === "") out.pop();
  return out;
}

function isHidden(attribs: Record<string, string>): boolean {
  if ("hidden" in attribs) return true;
  if (attribs["aria-hidden"]?.trim().toLowerCase() === "true") return true;
  const style = attribs["style"];
  return style !== undefined && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

function htmlToLines(html: string, selector: string | null): string[] {
  // htmlparser2 (xml: { xmlMode: false }) parses several times faster than parse5 on large pages.
  const $ = load(capHtmlDepth(html, MAX_HTML_DEPTH), { xml: { xmlMode: false, decodeEntities: true } });
  expandCollapsedTables($);
  restoreFlightContent($);
  restoreScriptData($);
  let roots: DomNode[];
  if (selector !== null && selector.trim() !== "") {
    let matched: DomNode[];
    try {
      matched = $(selector).toArray();
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      throw new Error(`selector '${selector}' is not a valid CSS selector: ${why}`);
    }
    if (matched.length === 0) throw new Error(`selector '${selector}' matched nothing on the page`);
    roots = outermost(matched);
  } else {
    roots = $.root().toArray();
  }
  const renderer = new TextRenderer(streamedSegments(roots), tabLabels(roots), switcherLabels(roots));
  for (const root of roots) renderer.render(root);
  return renderer.finish();
}

// A selector like "table, td" would otherwise render the cells twice.
function outermost(nodes: DomNode[]): DomNode[] {
  const set = new Set(nodes);
  return nodes.filter((node) => {
    for (let p = node.parent; p; p = p.parent) if (set.has(p)) return false;
    return true;
  });
}

/** The label of each tab (`role="tab"` with an id), for the panels that name it in aria-labelledby. */
function tabLabels(roots: DomNode[]): Map<string, string> {
  const labels = new Map<string, string>();
  const stack = [...roots];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    const id = node.attribs?.["id"];
    if (node.attribs?.["role"] === "tab" && id !== undefined) labels.set(id, textOf(node));
    for (const child of node.children ?? []) stack.push(child);
  }
  return labels;
}

/**
 * The label of each switcher option by its value (`<button data-value="batch">Batch</button>`): a hidden
 * pane with the same `data-value` is the content that option shows.
 */
function switcherLabels(roots: DomNode[]): Map<string, string> {
  const labels = new Map<string, string>();
  const stack = [...roots];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    const value = node.attribs?.["data-value"];
    if (value !== undefined && (node.name === "button" || node.attribs?.["role"] === "tab" || node.attribs?.["role"] === "option")) {
      const label = textOf(node).trim();
      if (label !== "" && !labels.has(value)) labels.set(value, label);
    }
    for (const child of node.children ?? []) stack.push(child);
  }
  return labels;
}

// React streaming SSR sends late content as <div hidden id="S:n"> and swaps it into
// <template id="B:n"> with a script; a browser shows it, so it is page content, in the template's place.
function streamedSegments(roots: DomNode[]): Map<string, DomNode> {
  const segments = new Map<string, DomNode>();
  const stack = [...roots];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    const id = node.attribs?.["id"];
    if (node.name === "div" && id !== undefined && /^S:\d+$/.test(id) && node.attribs && "hidden" in node.attribs) {
      segments.set(`B:${id.slice(2)}`, node);
    }
    for (const child of node.children ?? []) stack.push(child);
  }
  return segments;
}

type Container =
  | { kind: "flow"; buf: string }
  | { kind: "li"; buf: string; prefixed: boolean }
  | { kind: "heading"; buf: string }
  | { kind: "cell"; buf: string }
  | { kind: "pre"; buf: string };

interface TableState {
  row: string[] | null;
  /** Cells with rowspan, repeated into the rows below so each row reads on its own. */
  spans: { col: number; text: string; rows: number }[];
  rowIsHeader: boolean;
  section: string;
  headerCells: number;
  separatorDone: boolean;
  sawBodyRow: boolean;
}

type Step = { node: DomNode } | { exit: () => void };

class TextRenderer {
  private readonly lines: string[] = [];
  private readonly containers: Container[] = [{ kind: "flow", buf: "" }];
  private readonly tables: TableState[] = [];
  private readonly rendered = new Set<DomNode>();

  constructor(
    private readonly segments: Map<string, DomNode>,
    private readonly tabs: Map<string, string>,
    private readonly switcherOptions: Map<string, string>,
  ) {}

  render(root: DomNode): void {
    // An explicit stack instead of recursion: deeply nested markup must not overflow the call stack.
    const stack: Step[] = [{ node: root }];
    for (let step = stack.pop(); step !== undefined; step = stack.pop()) {
      if ("exit" in step) {
        step.exit();
        continue;
      }
      const segment = this.segmentFor(step.node);
      if (segment !== undefined) {
        if (!this.rendered.has(segment)) {
          this.rendered.add(segment);
          const children = segment.children ?? [];
          for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]! });
        }
        continue;
      }
      const exit = this.enter(step.node);
      if (exit === false) continue;
      if (exit !== null) stack.push({ exit });
      const children = step.node.children ?? [];
      for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]! });
    }
  }

  private segmentFor(node: DomNode): DomNode | undefined {
    if (node.name !== "template" || this.segments.size === 0) return undefined;
    const id = node.attribs?.["id"];
    return id === undefined ? undefined : this.segments.get(id);
  }

  finish(): string[] {
    this.flush();
    return collapseBlankLines(this.lines);
  }

  private get top(): Container {
    return this.containers[this.containers.length - 1]!;
  }

  private get inlineOnly(): boolean {
    const kind = this.top.kind;
    return kind === "heading" || kind === "cell";
  }

  /** Returns false to skip the subtree, null for no exit action, or the exit action. */
  private enter(node: DomNode): (() => void) | null | false {
    if (node.type === "text") {
      this.appendText(node.data ?? "");
      return false;
    }
    if (node.type === "root") return null;
    if (node.type !== "tag" && node.type !== "script" && node.type !== "style") return false;
    const tag = (node.name ?? "").toLowerCase();
    const attribs = node.attribs ?? {};
    // A tab panel is page content whether its tab is selected or not ("Standard" shown, "Batch" hidden):
    // it is rendered under its tab's label, which reads as a tier line above its prices.
    if (attribs["role"] === "tabpanel" && !SKIPPED_TAGS.has(tag) && !this.inlineOnly) return this.enterTabPanel(attribs);
    // So is a hidden pane of a content switcher, named by the option that shows it.
    const option = attribs["data-value"] !== undefined && "hidden" in attribs ? this.switcherOptions.get(attribs["data-value"]) : undefined;
    if (option !== undefined && !SKIPPED_TAGS.has(tag) && !this.inlineOnly) return this.enterTabPanel({ "aria-label": option });
    if (SKIPPED_TAGS.has(tag) || isHidden(attribs)) return false;

    // A footnote marker or exponent ("acme-2<sup>1</sup>") stays apart from the word it marks.
    if (tag === "sup") {
      const text = textOf(node).trim();
      if (/^[\d*†‡§]{1,3}$/.test(text)) {
        this.top.buf += [...text].map((ch) => SUPERSCRIPT[ch] ?? ch).join("");
        return false;
      }
      return null;
    }
    if (tag === "br") {
      this.top.buf += this.inlineOnly ? " " : "\n";
      return false;
    }
    if (this.inlineOnly) return this.enterInline(tag);
    if (tag in HEADING_LEVEL) return this.enterHeading(HEADING_LEVEL[tag]!);
    if (tag === "table") return this.enterTable();
    if (tag === "thead" || tag === "tbody" || tag === "tfoot") return this.enterSection(tag);
    if (tag === "tr") return this.enterRow();
    if (tag === "td" || tag === "th") return this.enterCell(tag, node.attribs ?? {});
    if (LIST_TAGS.has(tag)) return this.enterList();
    if (tag === "li") return this.enterListItem();
    if (tag === "pre") return this.enterPre();
    if (LINE_TAGS.has(tag)) return this.enterLine();
    if (BLOCK_TAGS.has(tag)) return this.enterBlock();
    return null;
  }

  // Inside a heading or table cell everything is one line: structure becomes spaces.
  private enterInline(tag: string): (() => void) | null {
    if (BLOCK_TAGS.has(tag) || LINE_TAGS.has(tag) || LIST_TAGS.has(tag) || tag === "li" || tag === "td"
      || tag === "th" || tag === "tr" || tag === "table" || tag in HEADING_LEVEL) {
      this.top.buf += " ";
      return () => {
        this.top.buf += " ";
      };
    }
    return null;
  }

  private appendText(text: string): void {
    const clean = text.replace(INVISIBLE, "");
    this.top.buf += this.top.kind === "pre" ? clean : clean.replace(/\s+/g, " ");
  }

  /** Writes the current container's pending text as lines. */
  private flush(): void {
    const container = this.top;
    if (container.buf.trim() === "") {
      container.buf = "";
      return;
    }
    const lines = container.buf.split("\n").map(cleanLine);
    container.buf = "";
    if (container.kind === "li") {
      const first = lines.findIndex((line) => line !== "");
      if (!container.prefixed && first >= 0) {
        lines[first] = `- ${lines[first]}`;
        container.prefixed = true;
      }
    }
    for (const line of lines) this.lines.push(line);
  }

  private blankLine(): void {
    this.lines.push("");
  }

  private enterBlock(): () => void {
    // Paragraphs inside a list item stay on the item's line.
    if (this.top.kind === "li") {
      this.top.buf += " ";
      return () => {
        this.top.buf += " ";
      };
    }
    this.flush();
    this.blankLine();
    return () => {
      this.flush();
      this.blankLine();
    };
  }

  private enterTabPanel(attribs: Record<string, string>): () => void {
    this.flush();
    this.blankLine();
    const label = attribs["aria-labelledby"]?.split(/\s+/).map((id) => this.tabs.get(id)).find((t) => t !== undefined) ?? attribs["aria-label"];
    if (label !== undefined && cleanLine(label) !== "") {
      this.lines.push(cleanLine(label));
      this.blankLine();
    }
    return () => {
      this.flush();
      this.blankLine();
    };
  }

  private enterLine(): () => void {
    this.flush();
    return () => this.flush();
  }

  private enterHeading(level: number): () => void {
    this.flush();
    this.blankLine();
    this.containers.push({ kind: "heading", buf: "" });
    return () => {
      const text = cleanLine(this.containers.pop()!.buf);
      if (text !== "") this.lines.push(`${"#".repeat(level)} ${text}`);
      this.blankLine();
    };
  }

  private enterList(): () => void {
    const nested = this.top.kind === "li";
    this.flush();
    if (!nested) this.blankLine();
    return () => {
      this.flush();
      if (!nested) this.blankLine();
    };
  }

  private enterListItem(): () => void {
    this.flush();
    this.containers.push({ kind: "li", buf: "", prefixed: false });
    return () => {
      this.flush();
      this.containers.pop();
    };
  }

  private enterPre(): () => void {
    this.flush();
    this.blankLine();
    this.containers.push({ kind: "pre", buf: "" });
    return () => {
      this.flush();
      this.containers.pop();
      this.blankLine();
    };
  }

  private enterTable(): () => void {
    this.flush();
    this.blankLine();
    this.tables.push({ row: null, spans: [], rowIsHeader: false, section: "", headerCells: 0, separatorDone: false, sawBodyRow: false });
    return () => {
      this.endRow();
      this.tables.pop();
      this.blankLine();
    };
  }

  private enterSection(tag: string): (() => void) | null {
    const table = this.tables[this.tables.length - 1];
    if (table === undefined) return null;
    table.section = tag;
    return () => {
      this.endRow();
      table.section = "";
      // A rowspan never reaches into the next row group.
      table.spans = [];
    };
  }

  private enterRow(): (() => void) | null {
    const table = this.tables[this.tables.length - 1];
    if (table === undefined) return this.enterLine();
    this.endRow();
    this.flush();
    table.row = [];
    table.rowIsHeader = table.section === "thead";
    return () => this.endRow();
  }

  private enterCell(tag: string, attribs: Record<string, string>): (() => void) | null {
    const table = this.tables[this.tables.length - 1];
    if (table === undefined) {
      this.top.buf += " ";
      return null;
    }
    if (table.row === null) {
      this.flush();
      table.row = [];
      table.rowIsHeader = table.section === "thead";
    }
    const row = table.row;
    const headerCell = tag === "th";
    const rowspan = Math.min(Number.parseInt(attribs["rowspan"] ?? "1", 10) || 1, 1000);
    const colspan = Math.min(Number.parseInt(attribs["colspan"] ?? "1", 10) || 1, 100);
    this.containers.push({ kind: "cell", buf: "" });
    return () => {
      const text = cleanLine(this.containers.pop()!.buf).replace(/\|/g, "\\|");
      if (table.section !== "thead") {
        if (row.length === 0) table.rowIsHeader = headerCell;
        else if (!headerCell) table.rowIsHeader = false;
      }
      insertSpannedCells(table, row);
      if (rowspan > 1) table.spans.push({ col: row.length, text, rows: rowspan - 1 });
      row.push(text);
      // A group heading ("Short context" over Input | Output) names every column it spans, so the
      // header rows line up with the body. A body cell spanning columns stays one cell: it is a note
      // or one value over several columns, and readers align short rows themselves.
      if (headerCell || table.section === "thead") for (let c = 1; c < colspan; c++) row.push(text);
    };
  }

  private endRow(): void {
    const table = this.tables[this.tables.length - 1];
    if (table === undefined || table.row === null) return;
    const row = table.row;
    table.row = null;
    insertSpannedCells(table, row, true);
    table.spans = table.spans.filter((span) => span.rows > 0);
    // Empty spacer rows carry no content.
    if (row.every((cell) => cell === "")) return;
    const header = table.rowIsHeader && !table.sawBodyRow;
    if (header) {
      table.headerCells = Math.max(table.headerCells, row.length);
    } else {
      if (table.headerCells > 0 && !table.separatorDone) {
        this.lines.push(`|${" --- |".repeat(table.headerCells)}`);
        table.separatorDone = true;
      }
      table.sawBodyRow = true;
    }
    this.lines.push(`| ${row.join(" | ")} |`);
  }
}

/**
 * Places the cells spanning down from rows above: those whose column comes next, or at the end of
 * the row all that are left, in column order.
 */
function insertSpannedCells(table: TableState, row: string[], rowEnd = false): void {
  for (;;) {
    let next: TableState["spans"][number] | undefined;
    for (const span of table.spans) {
      if (span.rows === 0 || span.col < row.length || (!rowEnd && span.col !== row.length)) continue;
      if (next === undefined || span.col < next.col) next = span;
    }
    if (next === undefined) return;
    next.rows--;
    row.push(next.text);
  }
}

function textOf(node: DomNode): string {
  if (node.type === "text") return node.data ?? "";
  return (node.children ?? []).map(textOf).join("");
}

function cleanLine(line: string): string {
  return line.replace(/\s+/g, " ").trim();
}

/** Markdown tables re-padded by an exporter are the same table: one space around cells, `---` separators. */
function normalizeMarkdownTableRow(line: string): string {
  if (!/^\s*\|/.test(line)) return line;
  const row = line.replace(/[ \t]{2,}/g, " ");
  return /^\s*\|(\s*:?-+:?\s*\|)+\s*$/.test(row) ? row.replace(/(:?)-+(:?)/g, "$1---$2") : row;
}
