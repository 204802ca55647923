// A card grid rendered back as a page, in the layouts real pricing pages use.
import type { CardGrid } from "./card-grid";
import type { Headings } from "./transform-grid";

export type Layout = "html" | "markdown" | "html-transposed";

function header(h: Headings, d: keyof Headings): string {
  return `${h[d]} ($/1M tokens)`;
}

export function renderGrid(grid: CardGrid, layout: Layout, h: Headings): { body: string; contentType: string } {
  const cell = (m: string, d: (typeof grid.dimensions)[number]) => {
    const v = grid.cells.get(m)?.get(d);
    return v === undefined ? "-" : `$${v}`;
  };
  if (layout === "markdown") {
    const lines = [
      `| ${[h.model, ...grid.dimensions.map((d) => header(h, d))].join(" | ")} |`,
      `|${["", ...grid.dimensions].map(() => " --- ").join("|")}|`,
      ...grid.models.map((m) => `| ${[m, ...grid.dimensions.map((d) => cell(m, d))].join(" | ")} |`),
    ];
    return { body: `# Pricing\n\n${lines.join("\n")}\n`, contentType: "text/markdown" };
  }
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  const tr = (cells: string[], tag: "td" | "th") => `<tr>${cells.map((c) => `<${tag}>${esc(c)}</${tag}>`).join("")}</tr>`;
  const rows = layout === "html"
    ? [tr([h.model, ...grid.dimensions.map((d) => header(h, d))], "th"), ...grid.models.map((m) => tr([m, ...grid.dimensions.map((d) => cell(m, d))], "td"))]
    : [tr([h.model, ...grid.models], "th"), ...grid.dimensions.map((d) => tr([header(h, d), ...grid.models.map((m) => cell(m, d))], "td"))];
  return { body: `<html><body><h1>Pricing</h1><table>${rows.join("")}</table></body></html>`, contentType: "text/html" };
}
