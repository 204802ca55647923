import { describe, expect, it } from "vitest";
import { normalizePageText } from "./normalize-page-text";

// Astro's props encoding: [0, value] for a value or object, [1, [...]] for an array.
const row = (...cells: unknown[]) => [1, cells.map((c) => [0, c])];
const island = (rows: unknown[][], rendered: string) => {
  const props = JSON.stringify({ tier: [0, "standard"], collapsedRowCount: [0, 2], rows: [1, rows] }).replace(/"/g, "&quot;");
  return `<html><body><h2>Text tokens</h2><astro-island component-export="PricingTable" props="${props}">${rendered}<button>All models</button></astro-island></body></html>`;
};
const table = (rows: string[][]) =>
  `<table><thead><tr><th>Model</th><th>Input</th><th>Cached input</th><th>Cache writes</th><th>Output</th></tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join("")}</tr>`)
    .join("")}</tbody></table>`;

describe("expandCollapsedTables (through normalizePageText)", () => {
  const rendered = table([["acme-3", "$5.00", "$0.50", "$6.25", "$30.00"], ["acme-3-mini", "$1.00", "$0.10", "-", "$4.00"]]);
  const rows = [
    row("acme-3", 5, 0.5, 6.25, 30),
    row("acme-3-mini", 1, 0.1, null, 4),
    row({ __html: "acme-2<br /><small>with data sharing</small>" }, 2.5, 0.25, 3.125, 15),
    row("acme-1", 0.4, 0.2, 1.6),
  ];

  it("appends the rows only the props hold, written as the rendered cells write numbers, under the same headers", () => {
    const text = normalizePageText({ body: island(rows, rendered), contentType: "text/html" });
    expect(text).toContain("| acme-3-mini | $1.00 | $0.10 | - | $4.00 |");
    expect(text).toContain("| acme-2 with data sharing | $2.5 | $0.25 | $3.125 | $15 |");
    // A shorter row leaves out the middle columns: its last cell is the last column.
    expect(text).toContain("| acme-1 | $0.4 | $0.2 |  | $1.6 |");
    expect(text.match(/\| acme-3 \|/g)).toHaveLength(1);
  });

  it("leaves the table alone when its rendered rows are not the first rows of the props", () => {
    const other = [row("other-9", 5, 0.5, 6.25, 30), row("other-8", 1, 0.1, null, 4), row("other-7", 2, 0.2, 2.5, 8)];
    const text = normalizePageText({ body: island(other, rendered), contentType: "text/html" });
    expect(text).not.toContain("other-7");
    expect(normalizePageText({ body: island([], rendered).replace(/props="[^"]*"/, 'props="not json"'), contentType: "text/html" })).toContain("acme-3-mini");
  });
});
