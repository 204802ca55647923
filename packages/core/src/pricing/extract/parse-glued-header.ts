// Reads a table header whose cell boundaries were lost ("ModelEndpointInput (USD)Output (USD)Mistral"): the column
// labels it is made of, and where the first row starts.

export interface GluedColumn {
  label: string;
  /** "qualifier" tells prices apart (quality, resolution, size, region); "attribute" and "description" describe the model. */
  role: "model" | "id" | "price" | "qualifier" | "attribute" | "description";
}

export interface GluedHeader {
  columns: GluedColumn[];
  /** Offset in the line where the header ends and the first row begins. */
  end: number;
}

// Longest labels first: "Input usage" before "Input".
const LABELS: [RegExp, GluedColumn["role"]][] = [
  [/^(?:Models?|Tool|Name|Engine|Product)/, "model"],
  [/^(?:Endpoint|API name|Model ID|API ID)/, "id"],
  [/^(?:Input usage|Output usage|Cached input|(?:Prompt )?Cach(?:ed?|ing) read|(?:Prompt )?Cach(?:ed?|ing) write|Cache hits?|Batch input|Batch output|Input|Output|Training|Usage|Price|Cost)(?: (?:Cost|Price))?(?:\s?\((?:USD|EUR|GBP|CNY|\$|€|£|[^()]{0,20}tokens?)\)|\s?\/\s?(?:1\s?)?M\s?Tok(?:ens?)?)?/i, "price"],
  [/^(?:Description|Best for|Use case|Strengths?)/i, "description"],
  [/^(?:Quality|Resolution|Size|Region)/, "qualifier"],
  [/^(?:Context(?: window| length)?|Speed|Max output)/i, "attribute"],
];

export function parseGluedHeader(line: string): GluedHeader | null {
  const start = line.length - line.trimStart().length;
  const columns: GluedColumn[] = [];
  let at = start;
  for (;;) {
    const rest = line.slice(at);
    const hit = LABELS.map(([re, role]) => ({ m: re.exec(rest), role })).find((h) => h.m !== null);
    if (!hit) break;
    columns.push({ label: hit.m![0], role: hit.role });
    at += hit.m![0].length;
  }
  // Run together means no space between labels; a sentence "Model Input Output" is not this layout.
  if (columns.length < 2 || columns[0]!.role !== "model" || !columns.some((c) => c.role === "price")) return null;
  if (columns.filter((c) => c.role === "model").length > 1) return null;
  return { columns, end: at };
}
