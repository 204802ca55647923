// On a real capture whose prices exist only in an inline script's data (ai-pricing-tracker's dashboard, from the
// ninth holdout corpus), and on pages derived from it here: the same data as a Next.js `__NEXT_DATA__` JSON
// script, the table rendered on the server, a script that does not parse.
import { describe, expect, it } from "vitest";
import { allCorpora, corpusPages } from "../../test/read-corpus";
import { readDocumentCard } from "../pricing/read-document-card";

const holdout9 = allCorpora.find(([dir]) => dir.endsWith("corpus-holdout-9"))![0];
const dashboard = corpusPages(holdout9).find((page) => page.file.includes("pricing-dashboard-script-sample"))!.body;
const read = (body: string) => readDocumentCard({ body, contentType: "text/html" });
const rows = (body: string) => read(body).card.prices.map((p) => `${p.model} ${p.dimension} ${p.tier} ${p.usdPer1M}`).sort();

describe("restoreScriptData", () => {
  it("reads the data a dashboard's script fills its empty table from, values that are calls left out", () => {
    expect(dashboard).toContain("new Date().toISOString()");
    const { card, text } = read(dashboard);
    expect(text).toContain("Prices in the page's script data");
    expect(rows(dashboard)).toEqual(expect.arrayContaining(["anthropic/claude-opus-4 input standard 15", "anthropic/claude-opus-4 output standard 75", "openai/gpt-4o-mini output standard 0.6"]));
    expect(card.prices).toHaveLength(16);
  });

  it("reads a Next.js page's __NEXT_DATA__ JSON script the page does not render", () => {
    const data = { props: { pageProps: { models: [
      { id: "acme-large-2", pricing: { input_per_1m: 3, output_per_1m: 15, cached_input_per_1m: 0.3 } },
      { id: "acme-small-2", pricing: { input_per_1m: 0.25, output_per_1m: 1.25, batch: { input_per_1m: 0.125 } } },
    ] } } };
    const page = `<html><body><div id="__next"><h1>Pricing</h1><div class="loading"></div></div><script id="__NEXT_DATA__" type="application/json">${JSON.stringify(data)}</script></body></html>`;
    expect(rows(page)).toEqual([
      "acme-large-2 cache_read standard 0.3", "acme-large-2 input standard 3", "acme-large-2 output standard 15",
      "acme-small-2 input batch 0.125", "acme-small-2 input standard 0.25", "acme-small-2 output standard 1.25",
    ]);
  });

  it("adds nothing when the page already renders most of the models its data holds", () => {
    const rendered = dashboard.replace(/<body[^>]*>/, (open) => `${open}<table><tr><th>Model</th><th>Input</th><th>Output</th></tr>`
      + ["anthropic/claude-opus-4", "anthropic/claude-sonnet-4", "anthropic/claude-haiku-3-5", "openai/gpt-4", "openai/gpt-4-turbo"].map((m) => `<tr><td>${m}</td><td>$1 / 1M tokens</td><td>$2 / 1M tokens</td></tr>`).join("")
      + "</table>");
    expect(read(rendered).text).not.toContain("Prices in the page's script data");
  });

  it("reads nothing from a script that does not parse or holds no price listing", () => {
    const broken = dashboard.replace("const pricingData = {", "const pricingData = {{");
    expect(read(broken).card.prices).toHaveLength(0);
    const settings = `<html><body><p>Docs</p><script>const config = { input: "#search", prompt: "Type here", theme: { dark: true } };</script></body></html>`;
    expect(read(settings).text).toBe("Docs");
  });
});
