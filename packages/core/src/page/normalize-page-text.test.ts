import { describe, expect, it } from "vitest";
import { readFixture } from "../../test/read-fixture";
import { hashContent } from "./hash-content";
import { normalizePageText } from "./normalize-page-text";

const gemini = readFixture("pages/gemini__2026-05-08__quill-router-rawhtml.html");
const mistral = readFixture("pages/mistral__2026-05-08__quill-router-rawhtml.html");
const html = (body: string): string => normalizePageText({ body, contentType: "text/html; charset=utf-8" });

/** The same document as a different server or CMS might serialise it: CRLF, wider whitespace, attributes reversed. */
function reformat(source: string): string {
  const attribute = /\s+([^\s=>/"']+(?:="[^"]*"|='[^']*')?)/g;
  return source
    .replace(/<([a-zA-Z][\w-]*)((?:\s+[^\s=>/"']+(?:="[^"]*"|='[^']*')?)+)\s*(\/?)>/g, (_m, tag: string, attrs: string, close: string) => {
      const list = [...attrs.matchAll(attribute)].map((m) => m[1]).reverse();
      return `<${tag} ${list.join(" ")}${close}>`;
    })
    .replace(/[ \t\n]+/g, " \r\n  ");
}

describe("normalizePageText on HTML", () => {
  it("renders the Gemini pricing tables as one line per row, with the model name and its prices together", () => {
    const text = html(gemini);
    const lines = text.split("\n");
    expect(lines).toContain("| Gemini 3.1 Pro Preview | Input (text, image, video, audio) | $2 | $4 | $0.2 | $0.4 |");
    expect(lines).toContain("| Gemini 3.1 Pro Preview | Text output (response and reasoning) | $12 | $18 | N/A | N/A |");
    const header = lines.findIndex((line) => line.startsWith("| Model | Type | Price (/1M tokens) <= 200K input tokens |"));
    expect(header).toBeGreaterThanOrEqual(0);
    expect(lines[header + 1]).toBe("| --- | --- | --- | --- | --- | --- |");
  });

  it("leaves out scripts, styles and markup noise", () => {
    const text = html(gemini);
    expect(text).not.toMatch(/function\s*\(|=>|\{|\}|@media|font-family|<\/?[a-z]+[\s>]/i);
    expect(text).not.toMatch(/https?:\/\//);
    expect(text.split("\n").filter((line) => line.startsWith("| ")).length).toBeGreaterThan(400);
  });

  it("gives identical text and hash for the same page with CRLF, other whitespace and reordered attributes", () => {
    for (const page of [gemini, mistral]) {
      const variant = reformat(page);
      expect(variant).not.toBe(page);
      expect(variant).toContain("\r\n");
      const text = html(page);
      expect(html(variant)).toBe(text);
      expect(hashContent(html(variant))).toBe(hashContent(text));
    }
  });

  it("shows content that React streams into a hidden segment, where its placeholder stands", () => {
    expect(html(mistral)).toContain("$24.99*");
    const streamed = html(
      '<body><p>Plans</p><template id="B:0"></template><p>Footer</p><div hidden id="S:0"><p>Pro $14.99</p></div></body>',
    );
    expect(streamed).toBe("Plans\n\nPro $14.99\n\nFooter");
  });

  it("drops invisible elements", () => {
    const text = html(`<html><head><title>T</title><style>.a{color:red}</style></head><body>
      <p>kept</p><script>var x = 1;</script><noscript>enable js</noscript><template><p>tpl</p></template>
      <svg><text>chart</text></svg><iframe>frame</iframe><div hidden>h1</div><span aria-hidden="true">h2</span>
      <div style="color: red; display : none">h3</div><div aria-hidden="false">shown</div></body></html>`);
    expect(text).toBe("kept\n\nshown");
  });

  it("renders headings, paragraphs, lists, line breaks, links and entities as markdown-like text", () => {
    const text = html(`<html><body>
      <h1>Pricing</h1><h3>Batch &amp; <em>flex</em></h3>
      <p>Prices   in
        USD&nbsp;per <a href="https://x.test/?utm_source=a">million tokens</a>.</p>
      <ul><li>Input <b>$3</b></li><li><p>Output</p><p>$15</p></li></ul>
      <p>line one<br>line two</p>
      <div><div>nested</div></div></body></html>`);
    expect(text).toBe(
      "# Pricing\n\n### Batch & flex\n\nPrices in USD per million tokens.\n\n- Input $3\n- Output $15\n\nline one\nline two\n\nnested",
    );
  });

  it("puts a separator under a table's header row and escapes pipes in cells", () => {
    const text = html(`<table><thead><tr><th>Model</th><th>Input</th></tr></thead>
      <tbody><tr><td> Claude
        Opus </td><td>$5 | MTok</td></tr><tr><td></td><td></td></tr><tr><td>Haiku</td><td>$1</td></tr></tbody></table>`);
    expect(text).toBe("| Model | Input |\n| --- | --- |\n| Claude Opus | $5 \\| MTok |\n| Haiku | $1 |");
    const noHead = html("<table><tr><th>Model</th><th>Price</th></tr><tr><td>A</td><td>$1</td></tr></table>");
    expect(noHead).toBe("| Model | Price |\n| --- | --- |\n| A | $1 |");
    const plain = html("<table><tr><td>A</td><td>$1</td></tr><tr><td>B</td><td>$2</td></tr></table>");
    expect(plain).toBe("| A | $1 |\n| B | $2 |");
  });

  it("repeats a group heading over every column it spans; a spanning body cell stays one cell", () => {
    const text = html(`<table><thead><tr><th></th><th colSpan="2">Short context</th><th colspan="2">Long context</th></tr>
      <tr><th>Model</th><th>Input</th><th>Output</th><th>Input</th><th>Output</th></tr></thead>
      <tbody><tr><td>m-1</td><td>$1</td><td>$2</td><td>$3</td><td>$4</td></tr>
      <tr><td>m-2</td><td colspan="2">Not available</td><td>$5</td><td>$6</td></tr></tbody></table>`);
    expect(text.split("\n")).toEqual([
      "|  | Short context | Short context | Long context | Long context |",
      "| Model | Input | Output | Input | Output |",
      "| --- | --- | --- | --- | --- |",
      "| m-1 | $1 | $2 | $3 | $4 |",
      "| m-2 | Not available | $5 | $6 |",
    ]);
  });

  it("writes a <sup> footnote marker as a superscript, apart from the name it marks", () => {
    const text = html("<table><tr><th>Model</th><th>Input</th></tr><tr><th>acme-2<sup>1</sup></th><td>$3<sup>*</sup></td></tr></table><p><sup>1</sup> From September 1, 2026.</p><p>10<sup>6</sup> tokens and x<sup>note</sup></p>");
    expect(text.split("\n")).toEqual(["| Model | Input |", "| --- | --- |", "| acme-2¹ | $3* |", "", "¹ From September 1, 2026.", "", "10⁶ tokens and xnote"]);
  });

  it("renders every tab panel, hidden or not, under its tab's label", () => {
    const text = html(`<div role="tablist"><button role="tab" id="t1">Standard</button><button role="tab" id="t2">Batch</button></div>
      <div role="tabpanel" aria-labelledby="t1"><p>$2 input</p></div><div role="tabpanel" aria-labelledby="t2" hidden><p>$1 input</p></div>
      <div role="tabpanel" aria-label="Flex" style="display:none"><p>$1.5 input</p></div><div hidden><p>not a panel</p></div>`);
    expect(text.split("\n").filter((l) => l !== "")).toEqual(["StandardBatch", "Standard", "$2 input", "Batch", "$1 input", "Flex", "$1.5 input"]);
  });

  it("renders a content switcher's hidden panes under the label of the option that shows them", () => {
    const text = html(`<div><button data-value="standard">Standard</button><button data-value="batch">Batch</button></div>
      <div data-value="standard"><p>$2 input</p></div><div data-value="batch" hidden><p>$1 input</p></div>
      <div data-value="flex" hidden><p>no option shows this</p></div>`);
    expect(text.split("\n").filter((l) => l !== "")).toEqual(["StandardBatch", "$2 input", "Batch", "$1 input"]);
  });

  it("restricts the text to the elements the selector matches", () => {
    const page = "<body><nav>Menu</nav><main><h2>API</h2><p>$3 per MTok</p></main><footer>© 2026</footer></body>";
    expect(normalizePageText({ body: page, selector: "main" })).toBe("## API\n\n$3 per MTok");
    const tables = normalizePageText({ body: gemini, contentType: "text/html", selector: "table" });
    expect(tables).not.toContain("Skip to main content");
    expect(tables).not.toContain("# Cost of building and deploying AI models");
    expect(tables.length).toBeLessThan(html(gemini).length);
    expect(tables).toContain("| Gemini 3 Flash Preview | Input (audio) | $1 | $1 | $0.1 | $0.1 |");
  });

  it("fails with the selector in the message when it matches nothing or is not a selector", () => {
    expect(() => normalizePageText({ body: gemini, contentType: "text/html", selector: "#no-such-id" })).toThrow(
      "selector '#no-such-id' matched nothing on the page",
    );
    expect(() => normalizePageText({ body: "<p>x</p>", contentType: "text/html", selector: "p[" })).toThrow(/selector 'p\[' is not a valid/);
  });

  it("removes the lines matching an ignore pattern, so a relative timestamp does not change the text", () => {
    const page = (ago: string): string => `<body><p>Last updated ${ago} ago</p><p>Input $3</p></body>`;
    const ignorePatterns = ["^Last updated \\d+ minutes? ago$"];
    expect(normalizePageText({ body: page("3 minutes") })).not.toBe(normalizePageText({ body: page("1 minute") }));
    expect(normalizePageText({ body: page("3 minutes"), ignorePatterns })).toBe("Input $3");
    expect(normalizePageText({ body: page("1 minute"), ignorePatterns })).toBe("Input $3");
  });

  it("names an invalid ignore pattern", () => {
    expect(() => normalizePageText({ body: "x", ignorePatterns: ["ok", "price (usd"] })).toThrow(/ignore pattern 'price \(usd' is not a valid/);
  });

  it("survives pathologically deep nesting", () => {
    const depth = 100_000;
    const deep = `<html><body>${"<div><span>".repeat(depth)}deep text${"</span></div>".repeat(depth)}<p>after</p></body></html>`;
    expect(html(deep)).toBe("deep text\n\nafter");
    expect(html(`<body>${"<ul><li>".repeat(depth)}leaf`)).toBe("- leaf");
  });
});

describe("normalizePageText on markdown, text and JSON", () => {
  const markdown = readFixture("pages/anthropic__2026-02-06__claude-docs-sitemap.md");

  it("normalises line endings, trailing spaces and runs of blank lines", () => {
    const text = normalizePageText({ body: "# Title  \r\n\r\n\r\n\r\nBody\t\r\n  indented\n\n\n", contentType: "text/markdown" });
    expect(text).toBe("# Title\n\nBody\n  indented");
  });

  it("gives the same text for a markdown fixture saved with CRLF and trailing whitespace", () => {
    const variant = markdown.replace(/\n/g, "   \r\n").replace(/\n\r\n/g, "\n\r\n\r\n\r\n");
    const text = normalizePageText({ body: markdown, contentType: "text/markdown" });
    expect(variant).not.toBe(markdown);
    expect(normalizePageText({ body: variant, contentType: "text/markdown" })).toBe(text);
    expect(text).toContain("Claude Opus 4.6");
    expect(text).not.toMatch(/[ \t]$|\n\n\n|\r/m);
  });

  it("does not treat markdown containing tags as an HTML page", () => {
    const body = "# Prices\n\n| Model | Price |\n|---|---|\n| A <sup>1</sup> | $1 |\n";
    expect(normalizePageText({ body })).toBe(body.trim());
  });

  it("pretty-prints JSON with sorted keys, so a registry with reordered keys reads the same", () => {
    const registry = readFixture("registries/openrouter__2026-07-30__api-v1-models__genai-prices-fixture.json");
    const reversed = JSON.stringify(JSON.parse(registry, (_k, v: unknown) =>
      v !== null && typeof v === "object" && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v).reverse())
        : v));
    expect(reversed).not.toBe(JSON.stringify(JSON.parse(registry)));
    const text = normalizePageText({ body: registry, contentType: "application/json" });
    expect(normalizePageText({ body: reversed })).toBe(text);
    expect(normalizePageText({ body: '{"b":1,"a":{"d":[2,{"f":1,"e":0}],"c":1.50}}' })).toBe(
      '{\n  "a": {\n    "c": 1.5,\n    "d": [\n      2,\n      {\n        "e": 0,\n        "f": 1\n      }\n    ]\n  },\n  "b": 1\n}',
    );
  });

  it("recognises JSON served as text/plain, as raw GitHub files are", () => {
    expect(normalizePageText({ body: '{"b":2,"a":1}', contentType: "text/plain; charset=utf-8" })).toBe('{\n  "a": 1,\n  "b": 2\n}');
  });

  it("reads JSON with a comment header as the JSON it holds: an edited comment is no change", () => {
    const body = '// Prices in USD per token.\n{\n  "acme-large": { "input_price": 0.000002, "output_price": 0.000006 },\n}\n';
    const text = normalizePageText({ body, contentType: "application/json" });
    expect(JSON.parse(text)).toEqual({ "acme-large": { input_price: 0.000002, output_price: 0.000006 } });
    expect(normalizePageText({ body: body.replace("USD per token", "USD per token (updated)"), contentType: "application/json" })).toBe(text);
  });

  it("reads a YAML document as its stable JSON: comments, key order and flow or block style do not change the text", () => {
    const block = "# prices\nproducts:\n  - model: Acme Large\n    prices:\n      output: 6.0\n      input: 2\n      unit: per_1m_tokens\n";
    const flow = "products: [{prices: {input: 2, unit: per_1m_tokens, output: 6}, model: 'Acme Large'}]";
    const text = normalizePageText({ body: block, contentType: "application/yaml" });
    expect(JSON.parse(text)).toEqual({ products: [{ model: "Acme Large", prices: { input: 2, output: 6, unit: "per_1m_tokens" } }] });
    expect(normalizePageText({ body: flow, contentType: "text/yaml" })).toBe(text);
    expect(normalizePageText({ body: block, contentType: "application/json" })).toBe(normalizePageText({ body: block, contentType: "text/plain" }));
  });

  it("keeps YAML that does not parse, or that is a single scalar, as text", () => {
    expect(normalizePageText({ body: "products: [unclosed\n  - a: b: c", contentType: "application/yaml" })).toBe("products: [unclosed\n  - a: b: c");
    expect(normalizePageText({ body: "just a sentence", contentType: "application/yaml" })).toBe("just a sentence");
  });

  it("keeps text that only starts like JSON as text", () => {
    expect(normalizePageText({ body: "[Pricing](https://x.test)  \n\n\n\nNext" })).toBe("[Pricing](https://x.test)\n\nNext");
  });
});

describe("HTML tables inside markdown", () => {
  it("reads an HTML table a markdown page embeds as the rows an HTML page's table gives, and keeps the markdown around it", () => {
    const table = "<table><thead><tr><th>Model Name</th><th>Prices</th></tr></thead><tbody><tr><td><code>@acme/fn-1</code></td><td><div><small>Input:</small><div>$ 1.10 <small>/1m tokens</small></div></div></td></tr></tbody></table>";
    const markdown = `# Models\n\nAll prices are in USD.\n\n${table}\n\n## Next`;
    const text = normalizePageText({ body: markdown, contentType: "text/markdown" });
    const html = normalizePageText({ body: `<html><body>${table}</body></html>`, contentType: "text/html" });
    expect(text.startsWith("# Models\n\nAll prices are in USD.\n")).toBe(true);
    expect(text).toContain(html.trim());
    expect(text).not.toContain("<td>");
    expect(text.endsWith("## Next")).toBe(true);
  });
});

describe("markdown tables", () => {
  it("re-padded markdown table rows give the same text", () => {
    const narrow = "| Model | Input |\n| --- | --- |\n| Claude Opus 4.6 | $5 / MTok |";
    const padded = "| Model           | Input      |\n| --------------- | ---------- |\n| Claude Opus 4.6 | $5 / MTok  |";
    expect(normalizePageText({ body: padded, contentType: "text/markdown" })).toBe(narrow);
    expect(normalizePageText({ body: narrow, contentType: "text/markdown" })).toBe(narrow);
    expect(normalizePageText({ body: "| a | :---------: |", contentType: "text/markdown" })).toBe("| a | :---------: |");
    expect(normalizePageText({ body: "|  :-----: |  ---: |", contentType: "text/markdown" })).toBe("| :---: | ---: |");
  });
});
