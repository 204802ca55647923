import { describe, expect, it } from "vitest";
import { extractPriceCard } from "../extract-price-card";
import { indexPage } from "./index-page";

// A pricing table flattened to one paragraph per cell, as HTML-to-markdown exports leave card lists.
const cards = (blocks: string[][]): string => blocks.map((b) => b.join("\n\n")).join("\n\n");

describe("indexPage", () => {
  it("code fences close as CommonMark closes them: '```python' inside a block is code, a '````' block holds '```' lines", () => {
    const text = ["````", "Assistant:", " ```python", "print(1)", "````", "", "Acme 2: $1 / 1M input tokens", "", "```js", "const price = '$9 / 1M input tokens';", "```",
      "", "The model ID is `acme/acme-3` and the pricing is $2.00 per 1M input tokens and $6.00 per 1M output tokens."].join("\n");
    expect(indexPage(text).lines.map((l) => l.kind === "code")).toEqual([true, true, true, true, true, false, false, false, true, true, true, false, false]);
    expect(extractPriceCard({ text }).prices.map((p) => `${p.model} ${p.dimension} ${p.usdPer1M}`)).toEqual([
      "Acme 2 input 1", "acme/acme-3 input 2", "acme/acme-3 output 6",
    ]);
  });

  it("a unit line of its own sets the unit of the lines after it, across card titles, until a heading", () => {
    const text = cards([
      ["## Model pricing", "Language models", "Per million tokens"],
      ["acme-chat-2", "128,000", "$1.00$4.00"],
      ["Image generation models", "Per image output"],
      ["acme-image-1", "300rpm", "$0.07"],
      ["## Other", "acme-tool-1", "$0.50"],
    ]);
    const page = indexPage(text);
    const units = page.lines.filter((l) => /^\$/.test(l.text)).map((l) => l.unit ?? null);
    expect(units).toEqual(["1M tokens", "image", null]);
    const card = extractPriceCard({ text });
    expect(card.prices.filter((p) => p.model === "acme-chat-2").map((p) => [p.dimension, p.usdPer1M])).toEqual([["input", 1], ["output", 4]]);
    // The image model's price is per image, not per 1M tokens.
    const image = card.prices.filter((p) => p.model === "acme-image-1");
    expect(image.length).toBeGreaterThan(0);
    expect(image.every((p) => p.unit === "image" && p.usdPer1M === undefined)).toBe(true);
  });

  it("a region line under a card title is that card's region, not a card of its own", () => {
    const text = cards([
      ["## Pricing", "Per million tokens"],
      ["acme-vision-2", "us-east-1", "32,768", "$2.00$10.00"],
      ["acme-vision-2", "eu-west-1", "32,768", "$2.50$12.00"],
    ]);
    const card = extractPriceCard({ text });
    expect(card.prices.map((p) => p.model)).not.toContain("us-east-1");
    const rows = card.prices.map((p) => [p.model, p.qualifiers?.region, p.dimension, p.usdPer1M]);
    expect(rows).toEqual(expect.arrayContaining([
      ["acme-vision-2", "us-east-1", "input", 2],
      ["acme-vision-2", "us-east-1", "output", 10],
      ["acme-vision-2", "eu-west-1", "input", 2.5],
      ["acme-vision-2", "eu-west-1", "output", 12],
    ]));
    expect(card.prices.every((p) => p.qualifiers?.item === undefined)).toBe(true);
  });

  it("regional sections repeat each model under a region heading: one price per region, no conflict", () => {
    const text = [
      "## Claude models", "Prices per 1M tokens.",
      "### global",
      "| Model | Input | Output |", "| --- | --- | --- |", "| Claude Acme 4 | $3.00 | $15.00 |",
      "### us-east5",
      "| Model | Input | Output |", "| --- | --- | --- |", "| Claude Acme 4 | $3.30 | $16.50 |",
    ].join("\n");
    const card = extractPriceCard({ text });
    const inputs = card.prices.filter((p) => p.dimension === "input").map((p) => [p.qualifiers?.region, p.usdPer1M]);
    expect(inputs).toEqual(expect.arrayContaining([["global", 3], ["us-east5", 3.3]]));
    expect(inputs).toHaveLength(2);
  });

  it("a digitless API id is a card title only when a price follows it directly", () => {
    const text = cards([
      ["## Realtime", "Per million tokens"],
      ["acme-realtime", "$4.00 / 1M input tokens"],
      ["acme-realtime-mini", "$0.60 / 1M input tokens"],
      ["pay-as-you-go", "$1.00 / 1M input tokens"],
      ["acme-voice", "Our most natural voice yet.", "$9.00 / 1M input tokens"],
    ]);
    const card = extractPriceCard({ text });
    const inputs = card.prices.filter((p) => p.dimension === "input").map((p) => [p.model, p.usdPer1M]);
    expect(inputs).toEqual(expect.arrayContaining([["acme-realtime", 4], ["acme-realtime-mini", 0.6]]));
    const models = card.prices.map((p) => p.model);
    expect(models).not.toContain("pay-as-you-go");
    expect(models).not.toContain("acme-voice");
  });

  it("an empty '###' whose text an export put on the next line is a heading: it ends the tier line above it", () => {
    const text = [
      "## Text tokens", "Prices per 1M tokens.", "", "Priority", "",
      "|Model|Input|Output|", "|---|---|---|", "|acme-5|$2.50|$20.00|", "",
      "### ", "", "Image tokens", "", "Prices per 1M tokens.", "",
      "|Model|Input|Cached Input|Output|", "|---|---|---|---|", "|acme-image-1|$10.00|$2.50|$40.00|",
    ].join("\n");
    const page = indexPage(text);
    expect(page.sections.map((s) => s.heading)).toContain("Image tokens");
    const card = extractPriceCard({ text });
    expect(card.prices.filter((p) => p.model === "acme-5").every((p) => p.tier === "priority")).toBe(true);
    const image = card.prices.filter((p) => p.model === "acme-image-1").map((p) => [p.dimension, p.tier, p.usdPer1M]);
    expect(image).toEqual(expect.arrayContaining([["image_input", "standard", 10], ["image_cache_read", "standard", 2.5], ["image_output", "standard", 40]]));
    expect(image).toHaveLength(3);
  });
  it("a YAML front matter block is metadata: the sentences under it hold for the whole page, and a sentence pricing a thing of its own takes nothing from its neighbours", () => {
    const text = [
      "---", "title: API Pricing", "\"og:description\": \"Learn about pricing for Acme's API.\"", "---", "",
      "Prices per 1M tokens unless noted. All prices in USD. 1 Credit = $1/day of compute.", "",
      "## Text Models", "", "| Model | Input Price | Output Price |", "| --- | --- | --- |", "| Acme 2 | $3.00 | $15.00 |", "| Acme 2 Mini | $0.25 | $1.25 |",
    ].join("\n");
    const page = indexPage(text);
    expect(page.sections.map((s) => s.heading)).toEqual(["", "Text Models"]);
    expect(page.sections[0]!.statement).toMatchObject({ unit: "1M tokens", currency: "USD" });
    const card = extractPriceCard({ text });
    expect(card.prices.filter((p) => p.model === "Acme 2").map((p) => [p.dimension, p.usdPer1M])).toEqual([["input", 3], ["output", 15]]);
    // Without its closing line a "---" block is no front matter.
    expect(indexPage(["---", "title: x", "", "Acme 2", "---"].join("\n")).sections.map((s) => s.heading)).toEqual(["", "Acme 2"]);
  });

  it("reads the unit statement of a German, Spanish or Chinese page, sentence by sentence", () => {
    for (const statement of ["Preise pro 1M Tokens, sofern nicht anders angegeben. 1 Credit = $1/Tag.", "Precios por 1M de tokens. 1 Credit = $1/día.", "除非另有说明，价格按每 1M token 计。1 Credit = $1/天 的计算量。"]) {
      const page = indexPage([statement, "", "## Models", "", "| Model | ID | Input | Output |", "| --- | --- | --- | --- |", "| Acme 2 | `acme-2` | $3.00 | $15.00 |"].join("\n"));
      expect(page.sections[0]!.statement.unit, statement).toBe("1M tokens");
    }
  });

  it("prices an image generation section per image, though the page states tokens", () => {
    const text = ["Prices per 1M tokens unless otherwise noted.", "", "## Image Generation", "", "| Model | ID | Price |", "| --- | --- | --- |", "| Acme Paint 2 | `acme-paint-2` | $0.09 |", "",
      "## Bildgenerierung", "", "| Model | ID | Preis |", "| --- | --- | --- |", "| Acme Paint 3 | `acme-paint-3` | $0.12 |", ""].join("\n");
    const card = extractPriceCard({ text });
    expect(card.prices.map((p) => `${p.model} ${p.dimension} ${p.unit} ${p.amount}`)).toEqual(["Acme Paint 2 image image 0.09", "Acme Paint 3 image image 0.12"]);
  });

  it("reads an Arabic page's unit statement, headers, id column and image section", () => {
    const text = ["الأسعار لكل مليون رمز (token) ما لم يُذكر خلاف ذلك.", "", "## نماذج النص", "",
      "| النموذج | المعرّف | سعر الإدخال | سعر الإخراج | قراءة الذاكرة المؤقتة | السياق |", "|---|---|---|---|---|---|",
      "| Acme 3.0 | `acme-3-0` | $3.75 | $7.50 | $0.94 | 128K |", "", "### توليد الصور", "", "| النموذج | المعرّف | السعر |", "|---|---|---|", "| Acme Paint 2 | `acme-paint-2` | $0.29 |", ""].join("\n");
    expect(indexPage(text).sections[0]!.statement.unit).toBe("1M tokens");
    const card = extractPriceCard({ text });
    expect(card.prices.map((p) => `${p.model} ${p.modelId} ${p.dimension} ${p.unit} ${p.amount}`)).toEqual([
      "Acme 3.0 acme-3-0 input 1M tokens 3.75", "Acme 3.0 acme-3-0 output 1M tokens 7.5", "Acme 3.0 acme-3-0 cache_read 1M tokens 0.94", "Acme Paint 2 acme-paint-2 image image 0.29",
    ]);
  });
});
