// On the real Next.js captures whose prices live only in the React Server Components payload (Cerebras:
// a Sanity rich-text table; Mistral: model cards' props), and on versions of them derived here.
import { describe, expect, it } from "vitest";
import { readFixture } from "../../test/read-fixture";
import { readDocumentCard } from "../pricing/read-document-card";

const cerebras = readFixture("pages/cerebras__2026-05-08__quill-router.html");
const mistral = readFixture("pages/mistral__2026-05-08__quill-router-rawhtml.html");
const read = (body: string) => readDocumentCard({ body, contentType: "text/html" });
const rows = (body: string) => read(body).card.prices.map((p) => `${p.model} ${p.dimension} ${p.usdPer1M ?? `${p.amount} / ${p.unit}`}`);

describe("restoreFlightContent", () => {
  it("reads a CMS table kept in the payload, under its heading, with RSC's '$$' escape undone", () => {
    const { card, text } = read(cerebras);
    expect(text).toContain("### Developer tier Pricing");
    expect(rows(cerebras)).toEqual(expect.arrayContaining(["ZAI GLM 4.7 input 2.25", "ZAI GLM 4.7 output 2.75", "GPT OSS 120B input 0.35", "Qwen 3 235B Instruct output 1.2"]));
    expect(card.prices.filter((p) => p.usdPer1M !== undefined)).toHaveLength(8);
  });

  it("reads model cards kept in client components' props: a name and its price records", () => {
    expect(rows(mistral)).toEqual(expect.arrayContaining(["Mistral Medium 3.5 input 1.5", "Mistral Medium 3.5 output 7.5", "Devstral 2 input 0.4", "Devstral 2 output 2", "OCR 3 usage 2 / 1K pages"]));
    // Plan prices ("price_dollar": "$$14.99" on a plan, not in a model's price records) are not model cards.
    expect(read(mistral).text).not.toContain("Le Chat Pro: ");
  });

  it("adds nothing the rendered page already shows", () => {
    const table = "<table><tr><th>Model</th><th>Input</th><th>Output</th></tr><tr><td>ZAI GLM 4.7</td><td>$2.25/M tokens</td><td>$2.75/M tokens</td></tr>"
      + "<tr><td>GPT OSS 120B</td><td>$0.35/M tokens</td><td>$0.75/M tokens</td></tr><tr><td>Llama 3.1 8B</td><td>$0.10/M tokens</td><td>$0.10/M tokens</td></tr>"
      + "<tr><td>Qwen 3 235B Instruct</td><td>$0.60/M tokens</td><td>$1.20/M tokens</td></tr></table>";
    const rendered = cerebras.replace(/<body[^>]*>/, (open) => `${open}${table}`);
    expect(read(rendered).text.match(/GLM 4\.7/g)).toHaveLength(1);
    expect(read(cerebras).text.match(/GLM 4\.7/g)).toHaveLength(1);
  });

  it("changes nothing on a page without a payload, or with a payload that holds no price", () => {
    const plain = "<html><body><h2>Pricing</h2><p>Contact us.</p><script>self.__next_f.push([1,\"1:[\\\"$\\\",\\\"div\\\",null,{}]\\n\"])</script></body></html>";
    expect(read(plain).text).toBe("## Pricing\n\nContact us.");
  });
});
