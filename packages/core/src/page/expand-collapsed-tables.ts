// Restores the rows a collapsed table keeps only in its island's serialized props. Astro renders an island's
// component on the server with its props in the `props` attribute; a "Show all models" table renders its
// first rows and holds the rest in the props until a click. Those rows are page content: they are
// appended as a table of their own, under the rendered table's column headers.
import type { CheerioAPI } from "cheerio/slim";

type Scalar = string | number | null;

export function expandCollapsedTables($: CheerioAPI): void {
  $("astro-island[props]").each((_, island) => {
    const props = decodeAstroProps($(island).attr("props") ?? "");
    if (props === null) return;
    const table = $(island).find("table").first();
    if (table.length === 0) return;
    const rows = table.find("tr").toArray().map((tr) => $(tr).children("td, th").toArray().map((c) => ({ th: c.name === "th", text: $(c).text().trim() })));
    const body = rows.filter((r) => r.some((c) => !c.th)).map((r) => r.map((c) => c.text));
    const header = [...rows].reverse().find((r) => r.length > 0 && r.every((c) => c.th));
    if (body.length === 0 || header === undefined) return;
    for (const list of rowLists(props)) {
      if (list.length <= body.length || !body.every((r, k) => sameText(r[0] ?? "", list[k]![0]!))) continue;
      const columns = columnMap(body, list);
      if (columns === null) continue;
      const numeric = (j: number): string | undefined =>
        body.map((r, k) => (typeof list[k]![j] === "number" ? r[columns[j]!] ?? "" : "")).find((t) => /\d/.test(t));
      // A number is written as its column writes numbers ("$5.00" makes 2.5 "$2.5"); a column that shows none
      // borrows the table's currency sign only.
      const anySample = columns.map((_, j) => numeric(j)).find((t) => t !== undefined) ?? "";
      const fallback = /^[^\d-]*/.exec(anySample)![0];
      const samples = columns.map((_, j) => numeric(j) ?? fallback);
      const head = columns.map((c) => `<th>${escape(header[c]?.text ?? "")}</th>`).join("");
      const more = list.slice(body.length).map((row) => `<tr>${spread(row, columns.length).map((v, j) => `<td>${escape(format(v, samples[j]!))}</td>`).join("")}</tr>`).join("");
      table.after(`<table><thead><tr>${head}</tr></thead><tbody>${more}</tbody></table>`);
      return;
    }
  });
}

/**
 * A row shorter than the table leaves out optional columns between its name and its last cell
 * ("gpt-5.2", input, cached, output under Model | Input | Cached | Cache writes | Output): its last cell
 * is the last column, the ones before it the first columns, and the columns between stay empty.
 */
function spread(row: Scalar[], width: number): (Scalar | undefined)[] {
  if (row.length >= width) return row.slice(0, width);
  const cells: (Scalar | undefined)[] = [...row.slice(0, -1), ...new Array<undefined>(width - row.length).fill(undefined), row[row.length - 1]!];
  return cells;
}

/** Astro's props encoding: every value is `[type, value]`; type 0 is a plain value or object, 1 an array. */
function decodeAstroProps(raw: string): unknown {
  try {
    const json: unknown = JSON.parse(raw);
    if (json === null || typeof json !== "object" || Array.isArray(json)) return null;
    return Object.fromEntries(Object.entries(json).map(([k, v]) => [k, decode(v)]));
  } catch {
    return null;
  }
}

function decode(value: unknown): unknown {
  if (!Array.isArray(value) || typeof value[0] !== "number") return value;
  const [type, inner] = value as [number, unknown];
  if (type === 1 && Array.isArray(inner)) return inner.map(decode);
  if (type === 0 && inner !== null && typeof inner === "object" && !Array.isArray(inner)) {
    return Object.fromEntries(Object.entries(inner).map(([k, v]) => [k, decode(v)]));
  }
  return inner ?? null;
}

/** Arrays of rows of plain cells anywhere in the props (a cell may be an object holding one HTML string). */
function rowLists(value: unknown): Scalar[][][] {
  const found: Scalar[][][] = [];
  const stack = [value];
  for (let v = stack.pop(); v !== undefined; v = stack.pop()) {
    if (Array.isArray(v)) {
      const rows = v.map((r) => (Array.isArray(r) && r.length >= 2 ? r.map(scalarOf) : null));
      if (v.length >= 2 && rows.every((r) => r !== null && r.every((c) => c !== undefined))) found.push(rows as Scalar[][]);
      else stack.push(...v);
    } else if (v !== null && typeof v === "object") {
      stack.push(...Object.values(v));
    }
  }
  return found;
}

function scalarOf(cell: unknown): Scalar | undefined {
  if (cell === null || typeof cell === "string" || typeof cell === "number") return cell;
  if (typeof cell === "object" && !Array.isArray(cell)) {
    const values = Object.values(cell as Record<string, unknown>);
    if (values.length === 1 && typeof values[0] === "string") return values[0].replace(/<br\s*\/?>/gi, " ").replace(/<[^>]*>/g, "");
  }
  return undefined;
}

/** The rendered column of each props column: the first one, left to right, that agrees with the rendered rows. */
function columnMap(body: string[][], list: Scalar[][]): number[] | null {
  const width = list[0]!.length;
  if (list.slice(0, body.length).some((r) => r.length !== width) || list.some((r) => r.length > width)) return null;
  const columns: number[] = [];
  for (let j = 0, from = 0; j < width; j++) {
    let c = from;
    // At least half the rendered rows agree: a page edited in its markup but not yet in its props still maps.
    while (c < body[0]!.length && 2 * body.filter((r, k) => agrees(r[c] ?? "", list[k]![j]!)).length < body.length) c++;
    if (c >= body[0]!.length) return null;
    columns.push(c);
    from = c + 1;
  }
  return columns;
}

function agrees(text: string, value: Scalar): boolean {
  if (value === null) return /^[-–—]?$/.test(text.trim());
  if (typeof value === "number") {
    const n = /-?\d[\d,]*(?:\.\d+)?/.exec(text);
    return n !== null && Number(n[0].replace(/,/g, "")) === value;
  }
  return sameText(text, value);
}

function sameText(a: string, b: Scalar): boolean {
  return b !== null && a.replace(/\s+/g, "").toLowerCase() === String(b).replace(/\s+/g, "").toLowerCase();
}

/** A number written the way the sample writes its number. */
function format(value: Scalar | undefined, sample: string): string {
  if (value === undefined) return "";
  if (value === null) return "-";
  if (typeof value === "string") return value;
  const n = /-?\d[\d,]*(?:\.\d+)?/.exec(sample);
  return n === null ? String(value) : `${sample.slice(0, n.index)}${value}${sample.slice(n.index + n[0].length)}`;
}

function escape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
