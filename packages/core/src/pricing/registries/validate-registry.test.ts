import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { validateRegistry } from "./validate-registry";

const FIXTURES = path.resolve(import.meta.dirname, "../../../../../../shared/fixtures/registries");
const litellm = readFileSync(path.join(FIXTURES, "litellm_prices__2024-11-08__via-tokencost.json"), "utf8");
const openrouter = readFileSync(path.join(FIXTURES, "openrouter__2026-07-30__api-v1-models__genai-prices-fixture.json"), "utf8");

describe("validateRegistry", () => {
  it("accepts the fixture registries and names their format", () => {
    expect(validateRegistry(litellm, "litellm.json")).toEqual({ ok: true, format: "litellm" });
    expect(validateRegistry(openrouter, "models.json")).toEqual({ ok: true, format: "openrouter" });
  });

  it("refuses a truncated copy, saying where the text ended", () => {
    const truncated = litellm.slice(0, 12_345);
    expect(validateRegistry(truncated, "registry.json")).toEqual({
      ok: false,
      problem: "not-json",
      error: expect.stringMatching(/^registry\.json is not valid JSON: .+/) as unknown as string,
    });
    const cut = validateRegistry(openrouter.slice(0, 5_000), "registry.json");
    expect(cut.ok).toBe(false);
    expect(!cut.ok && cut.error).not.toContain("\n");
    expect(validateRegistry('{"gpt-4": {"input_cost_per_token": 0.00003', "registry.json")).toEqual({
      ok: false,
      problem: "not-json",
      error: "registry.json is not valid JSON: Expected ',' or '}' after property value in JSON at position 42",
    });
    expect(validateRegistry('{"gpt-4": {"input_cost_per_token":', "registry.json")).toEqual({
      ok: false,
      problem: "not-json",
      error: "registry.json is not valid JSON: Unexpected end of JSON input at position 34",
    });
  });

  it("gives the parse error as one line even when V8 quotes text with newlines", () => {
    const result = validateRegistry('{\n"a": 1,\n"b": }\n', "r.json");
    expect(result).toMatchObject({ ok: false });
    expect(!result.ok && result.error).toMatch(/^r\.json is not valid JSON: Unexpected token '\}'/);
    expect(!result.ok && result.error).not.toContain("\n");
  });

  it("refuses valid JSON of another shape: an error object, an empty object, a list", () => {
    for (const text of ['{"error": {"message": "rate limited"}}', "{}", "[1, 2]", '"text"', "null"]) {
      expect(validateRegistry(text, "registry.json")).toEqual({
        ok: false,
        problem: "not-a-registry",
        error: "registry.json is not a registry ratecard reads: expected LiteLLM's price list, OpenRouter's /api/v1/models, models.dev's api.json or a listing with price fields",
      });
    }
  });
});
