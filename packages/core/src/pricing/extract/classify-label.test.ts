import { describe, expect, it } from "vitest";
import { classifyLabel } from "./classify-label";

describe("classifyLabel", () => {
  it("tells a cached write from a cached read", () => {
    expect(classifyLabel("Cached Write")).toMatchObject({ cache: "write" });
    expect(classifyLabel("Cached Read")).toMatchObject({ cache: "read" });
    expect(classifyLabel("Cached input")).toMatchObject({ cache: "read" });
    expect(classifyLabel("Cache writes (1h)")).toMatchObject({ cache: "write", cacheTtl: "1h" });
  });

  it("names the dimension of common column headers", () => {
    expect(classifyLabel("Base Input Tokens")).toMatchObject({ io: "input" });
    expect(classifyLabel("5m Cache Writes")).toMatchObject({ cache: "write", cacheTtl: "5m" });
    expect(classifyLabel("1h Cache Writes")).toMatchObject({ cache: "write", cacheTtl: "1h" });
    expect(classifyLabel("Cache Hits & Refreshes")).toMatchObject({ cache: "read" });
    expect(classifyLabel("Input Price (Cache Miss)")).toMatchObject({ io: "input" });
    expect(classifyLabel("Input Price (Cache Miss)").cache).toBeUndefined();
    expect(classifyLabel("Batch output")).toMatchObject({ io: "output", tier: "batch" });
    expect(classifyLabel("Audio Input")).toMatchObject({ io: "input", modality: "audio" });
    expect(classifyLabel("百万tokens输入（缓存命中）")).toMatchObject({ cache: "read", unit: "1M tokens" });
    // BytePlus ModelArk's headers: "Cache-hit" with a hyphen, "non-audio" is text, "Prompt length" is a context band.
    expect(classifyLabel("Cache-hit input (non-audio) (USD/M tokens)")).toMatchObject({ cache: "read", modality: "text" });
    expect(classifyLabel("Input (non-audio) (USD/M tokens)")).toMatchObject({ io: "input", modality: "text" });
    expect(classifyLabel("Input (audio) (USD/M tokens)")).toMatchObject({ io: "input", modality: "audio" });
    expect(classifyLabel("Prompt length (128, 256]")).toEqual({ contextAbove: 128000 });
    // 美元 (US dollar) ends in 元 (yuan): a header in US dollars is not one in yuan.
    expect(classifyLabel("推理输入（美元/百万 tokens）")).toMatchObject({ io: "input", currency: "USD", unit: "1M tokens" });
    expect(classifyLabel("输入（元/百万 tokens）")).toMatchObject({ currency: "CNY" });
    expect(classifyLabel("输入（欧元/百万 tokens）")).toMatchObject({ currency: "EUR" });
  });

  it("reads context tiers without mistaking them for the input dimension", () => {
    const t = classifyLabel("Price (/1M tokens) > 200K input tokens");
    expect(t).toMatchObject({ contextAbove: 200000, unit: "1M tokens" });
    expect(t.io).toBeUndefined();
    expect(classifyLabel("Price (/1M tokens) <= 200K cached input tokens")).toMatchObject({ contextUpTo: 200000, cache: "read" });
  });

  it("reads units and currencies stated in headers", () => {
    expect(classifyLabel("Input Tokens ($/1M)")).toMatchObject({ io: "input", unit: "1M ?", currency: "USD" });
    expect(classifyLabel("Input Token Price (Per Million Tokens)")).toMatchObject({ io: "input", unit: "1M tokens" });
    expect(classifyLabel("Paid Tier, per 1M tokens in USD")).toMatchObject({ unit: "1M tokens", currency: "USD", tier: "standard" });
    expect(classifyLabel("Free Tier").free).toBe(true);
    expect(classifyLabel("Input (EUR)")).toMatchObject({ io: "input", currency: "EUR" });
  });

  it("takes a label that only names a cloud region for the region of the prices under it", () => {
    for (const [label, region] of [["us-east5", "us-east5"], ["europe-west4", "europe-west4"], ["ap-northeast-1", "ap-northeast-1"], ["Region: global", "global"], ["northamerica-northeast1", "northamerica-northeast1"]]) {
      expect(classifyLabel(label!).qualifiers, label).toEqual({ region });
    }
    // A sentence or a model name that merely contains a region word is not a region label.
    expect(classifyLabel("Global routing uses standard pricing").qualifiers).toBeUndefined();
    expect(classifyLabel("us-east5 and europe-west1 prices").qualifiers).toBeUndefined();
  });

  it("reads \"Fast mode\" as the priority tier, not a model's \"Fast\" variant", () => {
    expect(classifyLabel("Fast mode pricing").tier).toBe("priority");
    expect(classifyLabel("Grok 4 Fast").tier).toBeUndefined();
  });

  it("reads an image resolution before a price as a price per image at that resolution, not a token count", () => {
    for (const size of ["1K", "4k", "1024x1024", "1024 × 1792", "512px"]) {
      expect(classifyLabel(size), size).toMatchObject({ unit: "image", qualifiers: { size } });
    }
    // A token count with its noun, or a context bound, stays what it is.
    expect(classifyLabel("Price per 1K tokens").unit).toBe("1K tokens");
    expect(classifyLabel("Price per 1K tokens").qualifiers?.size).toBeUndefined();
    expect(classifyLabel("> 128K").qualifiers?.size).toBeUndefined();
  });

  it("reads a tier's or modality's 'In' and 'Out' as the direction, and a cache write with its TTL in brackets", () => {
    expect(classifyLabel("Batch In")).toMatchObject({ tier: "batch", io: "input" });
    expect(classifyLabel("Audio out")).toMatchObject({ modality: "audio", io: "output" });
    expect(classifyLabel("Sign in").io).toBeUndefined();
    // "up to 1 min" is a length of video, not a bound of "1 M" leaving "in".
    expect(classifyLabel("up to 1 min")).toEqual({});
    expect(classifyLabel("Cache (5m write)")).toMatchObject({ cache: "write", cacheTtl: "5m" });
    expect(classifyLabel("Cache (1h write)")).toMatchObject({ cache: "write", cacheTtl: "1h" });
  });

  it("reads the directions and cache of localised labels", () => {
    expect(classifyLabel("Entrada").io).toBe("input");
    expect(classifyLabel("Saída").io).toBe("output");
    expect(classifyLabel("Entrada (em cache)").cache).toBe("read");
    expect(classifyLabel("Eingabe").io).toBe("input");
    expect(classifyLabel("Ausgabe").io).toBe("output");
    expect(classifyLabel("Sortie").io).toBe("output");
    expect(classifyLabel("出力").io).toBe("output");
  });
});
