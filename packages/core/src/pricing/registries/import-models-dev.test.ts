import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixturesDir } from "../../../test/fixtures-dir";
import { readFixture } from "../../../test/read-fixture";
import type { Price, PriceCard } from "../types";
import { importModelsDevApi, importModelsDevToml } from "./import-models-dev";

const ROOT = "registries/models.dev";

function fixtureFiles(): { path: string; text: string }[] {
  return (readdirSync(join(fixturesDir(), ROOT), { recursive: true }) as string[])
    .filter((path) => path.endsWith(".toml"))
    .sort()
    .map((path) => ({ path, text: readFixture(`${ROOT}/${path}`) }));
}

function ofModel(card: PriceCard, provider: string, id: string): Price[] {
  return card.prices.filter((p) => p.provider === provider && p.qualifiers?.id === id);
}

function row(p: Price): [string, string, number | null, number] {
  return [p.dimension, p.tier, p.contextAbove ?? null, p.amount];
}

describe("importModelsDevToml on the repository's TOML files", () => {
  const files = fixtureFiles();
  const card = importModelsDevToml(files);

  it("reads all 77 files (75 models, 2 provider.toml) into 256 prices", () => {
    expect(files).toHaveLength(77);
    expect(card.provider).toBe("models.dev");
    expect(card.status).toBe("ok");
    expect(card.prices).toHaveLength(256);
    expect(new Set(card.prices.map((p) => p.qualifiers?.id)).size).toBe(71);
  });

  it("reads Claude Opus 4.6 with its fast mode as tier fast", () => {
    const prices = ofModel(card, "anthropic", "claude-opus-4-6");
    expect(prices.map(row)).toEqual([
      ["cache_read", "fast", null, 3],
      ["cache_read", "standard", null, 0.5],
      ["cache_write", "fast", null, 37.5],
      ["cache_write", "standard", null, 6.25],
      ["input", "fast", null, 30],
      ["input", "standard", null, 5],
      ["output", "fast", null, 150],
      ["output", "standard", null, 25],
    ]);
    expect(prices.find((p) => p.dimension === "input" && p.tier === "standard")).toEqual({
      model: "Claude Opus 4.6",
      provider: "anthropic",
      dimension: "input",
      tier: "standard",
      qualifiers: { id: "claude-opus-4-6" },
      amount: 5,
      unit: "1M tokens",
      currency: "USD",
      usdPer1M: 5,
      evidence: "anthropic/claude-opus-4-6 cost.input=5",
    });
  });

  it("turns [[cost.tiers]] tier.size into contextAbove, and a priority service tier into tier priority", () => {
    expect(ofModel(card, "openai", "gpt-5.4").map(row)).toEqual([
      ["cache_read", "priority", null, 0.5],
      ["cache_read", "standard", null, 0.25],
      ["cache_read", "standard", 272000, 0.5],
      ["input", "priority", null, 5],
      ["input", "standard", null, 2.5],
      ["input", "standard", 272000, 5],
      ["output", "priority", null, 30],
      ["output", "standard", null, 15],
      ["output", "standard", 272000, 22.5],
    ]);
    expect(ofModel(card, "openai", "gpt-5.4").find((p) => p.contextAbove === 272000 && p.dimension === "output")?.evidence).toBe(
      "openai/gpt-5.4 cost.tiers[0].output=22.5",
    );
  });

  it("reads older models and their names from the file", () => {
    expect(ofModel(card, "anthropic", "claude-3-5-sonnet-20241022").map(row)).toEqual([
      ["cache_read", "standard", null, 0.3],
      ["cache_write", "standard", null, 3.75],
      ["input", "standard", null, 3],
      ["output", "standard", null, 15],
    ]);
    expect(ofModel(card, "anthropic", "claude-sonnet-4-5")[0]?.model).toBe("Claude Sonnet 4.5 (latest)");
    expect(ofModel(card, "openai", "gpt-4o").map(row)).toEqual([
      ["cache_read", "standard", null, 1.25],
      ["input", "standard", null, 2.5],
      ["output", "standard", null, 10],
    ]);
    expect(ofModel(card, "openai", "text-embedding-3-small").map(row)).toEqual([
      ["input", "standard", null, 0.02],
      ["output", "standard", null, 0],
    ]);
  });

  it("counts the image models without a [cost] table in one warning", () => {
    expect(ofModel(card, "openai", "gpt-image-1")).toEqual([]);
    expect(card.warnings).toEqual(["model has no cost: no prices (4 entries)"]);
  });

  it("has no binary-rounding tails", () => {
    expect(card.prices.filter((p) => p.amount.toExponential().split("e")[0]!.replace(/\./, "").length > 12)).toEqual([]);
  });

  it("does not depend on file order", () => {
    expect(importModelsDevToml([...files].reverse())).toEqual(card);
  });
});

describe("importModelsDevToml on bad files", () => {
  it("skips invalid TOML and unknown paths with counted warnings; accepts a nested model id", () => {
    const card = importModelsDevToml([
      { path: "providers/acme/models/broken.toml", text: "name = \n[cost" },
      { path: "providers/acme/provider.toml", text: 'name = "Acme"' },
      { path: "README.toml", text: "x = 1" },
      { path: "/repo/providers/openrouter/models/anthropic/claude-3.5.toml", text: 'name = "C"\n[cost]\ninput = 3\noutput = "x"' },
    ]);
    expect(card.prices.map((p) => [p.provider, p.model, p.qualifiers?.id, p.dimension, p.amount])).toEqual([
      ["openrouter", "C", "anthropic/claude-3.5", "input", 3],
    ]);
    expect(card.warnings).toEqual([
      "cost.output skipped: not a non-negative number (1 entry)",
      "file skipped: not valid TOML (1 entry)",
      "file skipped: path is not providers/<provider>/models/<model>.toml (1 entry)",
    ]);
  });

  it("says empty when there are no model files", () => {
    expect(importModelsDevToml([])).toMatchObject({ provider: "models.dev", status: "empty", prices: [] });
  });
});

describe("importModelsDevApi", () => {
  const api = {
    anthropic: {
      id: "anthropic",
      name: "Anthropic",
      models: {
        "claude-sonnet-4-5": {
          id: "claude-sonnet-4-5",
          name: "Claude Sonnet 4.5 (latest)",
          cost: {
            input: 3,
            output: 15,
            cache_read: 0.3,
            cache_write: 3.75,
            context_over_200k: { input: 6, output: 22.5, cache_read: 0.6, cache_write: 7.5 },
          },
        },
      },
    },
    google: {
      id: "google",
      name: "Google",
      models: {
        "gemini-2.5-flash": {
          id: "gemini-2.5-flash",
          name: "Gemini 2.5 Flash",
          cost: { input: 0.3, output: 2.5, cache_read: 0.075, input_audio: 1, reasoning: 2.5 },
        },
        "gemma-free": { id: "gemma-free", name: "Gemma" },
      },
    },
  };

  it("maps cost fields and context_over_200k like the TOML files", () => {
    const card = importModelsDevApi(api);
    expect(card.provider).toBe("models.dev");
    expect(card.prices.map((p) => [p.provider, p.model, p.dimension, p.contextAbove ?? null, p.amount])).toEqual([
      ["anthropic", "Claude Sonnet 4.5 (latest)", "cache_read", null, 0.3],
      ["anthropic", "Claude Sonnet 4.5 (latest)", "cache_read", 200000, 0.6],
      ["anthropic", "Claude Sonnet 4.5 (latest)", "cache_write", null, 3.75],
      ["anthropic", "Claude Sonnet 4.5 (latest)", "cache_write", 200000, 7.5],
      ["anthropic", "Claude Sonnet 4.5 (latest)", "input", null, 3],
      ["anthropic", "Claude Sonnet 4.5 (latest)", "input", 200000, 6],
      ["anthropic", "Claude Sonnet 4.5 (latest)", "output", null, 15],
      ["anthropic", "Claude Sonnet 4.5 (latest)", "output", 200000, 22.5],
      ["google", "Gemini 2.5 Flash", "audio_input", null, 1],
      ["google", "Gemini 2.5 Flash", "cache_read", null, 0.075],
      ["google", "Gemini 2.5 Flash", "input", null, 0.3],
      ["google", "Gemini 2.5 Flash", "output", null, 2.5],
      ["google", "Gemini 2.5 Flash", "reasoning", null, 2.5],
    ]);
    expect(card.prices[1]?.evidence).toBe("anthropic/claude-sonnet-4-5 cost.context_over_200k.cache_read=0.6");
    expect(card.warnings).toEqual(["model has no cost: no prices (1 entry)"]);
  });

  it("gives the same prices as the TOML importer for the same model", () => {
    const toml = importModelsDevToml([
      {
        path: "providers/anthropic/models/claude-sonnet-4-5.toml",
        text: [
          'name = "Claude Sonnet 4.5 (latest)"',
          "[cost]",
          "input = 3.00",
          "output = 15.00",
          "cache_read = 0.30",
          "cache_write = 3.75",
          "[cost.context_over_200k]",
          "input = 6.00",
          "output = 22.50",
          "cache_read = 0.60",
          "cache_write = 7.50",
        ].join("\n"),
      },
    ]);
    const fromApi = importModelsDevApi({ anthropic: api.anthropic });
    expect(toml.prices).toEqual(fromApi.prices);
  });

  it.each([
    ["a string", "{}"],
    ["an array", []],
    ["null", null],
  ])("throws a clear error when the document is %s", (_label, doc) => {
    expect(() => importModelsDevApi(doc)).toThrow(/models.dev api.json must be a JSON object keyed by provider id/);
  });

  it("warns about providers and models that are not objects", () => {
    const card = importModelsDevApi({
      broken: "x",
      acme: { models: { bad: 3, good: { name: "Good", cost: { input: 1, output: -2, video: 4 } } } },
    });
    expect(card.prices.map((p) => [p.provider, p.model, p.dimension, p.amount])).toEqual([["acme", "Good", "input", 1]]);
    expect(card.warnings).toEqual([
      "cost.output skipped: not a non-negative number (1 entry)",
      "cost.video skipped: unrecognised cost field (1 entry)",
      "model skipped: not an object (1 entry)",
      "provider skipped: not an object with a models map (1 entry)",
    ]);
  });
});
