import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixturesDir } from "../../../test/fixtures-dir";
import { readFixture } from "../../../test/read-fixture";
import { modelKey } from "./model-key";

describe("modelKey", () => {
  // [name as a source writes it, key]; names are taken from the registry and page fixtures.
  it.each([
    // Anthropic: page names, API ids, OpenRouter ids and names, dated snapshots.
    ["Claude Opus 4.6", "claude-opus-4-6"],
    ["claude-opus-4-6", "claude-opus-4-6"],
    ["anthropic/claude-opus-4.6", "claude-opus-4-6"],
    ["Anthropic: Claude Opus 4.6", "claude-opus-4-6"],
    ["claude-opus-4-6-20260115", "claude-opus-4-6"],
    ["Claude Opus 4.1", "claude-opus-4-1"],
    ["claude-opus-4-1-20250805", "claude-opus-4-1"],
    ["Claude Opus 4", "claude-opus-4"],
    ["claude-opus-4-20250514", "claude-opus-4"],
    ["claude-opus-4-0", "claude-opus-4"],
    ["Claude Opus 4 (latest)", "claude-opus-4"],
    ["Claude Sonnet 4.5 (latest)", "claude-sonnet-4-5"],
    ["claude-sonnet-4-5-20250929", "claude-sonnet-4-5"],
    ["Claude Haiku 4.5", "claude-haiku-4-5"],
    ["claude-haiku-4-5-20251001", "claude-haiku-4-5"],
    ["Claude 3.5 Sonnet", "claude-3-5-sonnet"],
    ["claude-3-5-sonnet-20241022", "claude-3-5-sonnet"],
    ["claude-3.5-sonnet", "claude-3-5-sonnet"],
    ["claude-3-sonnet@20240229", "claude-3-sonnet"],
    ["vertex_ai/claude-3-opus@20240229", "claude-3-opus"],
    ["openrouter/anthropic/claude-3-haiku", "claude-3-haiku"],
    ["anthropic.claude-3-haiku-20240307-v1:0", "claude-3-haiku"],
    ["us.anthropic.claude-3-5-haiku-20241022-v1:0", "claude-3-5-haiku"],
    // Anthropic's page now prints 3.x family-first; the ids stay version-first.
    ["Claude Sonnet 3.7", "claude-3-7-sonnet"],
    ["claude-3-7-sonnet-20250219", "claude-3-7-sonnet"],
    ["Claude Haiku 3.5", "claude-3-5-haiku"],
    ["Claude Haiku 3", "claude-3-haiku"],
    ["Claude Opus 3", "claude-3-opus"],
    ["Claude 3 Opus (deprecated)", "claude-3-opus"],
    // OpenAI.
    ["GPT-4o", "gpt-4o"],
    ["gpt-4o-2024-08-06", "gpt-4o"],
    ["GPT-4o (2024-05-13)", "gpt-4o"],
    ["OpenAI: GPT-4o (2024-05-13)", "gpt-4o"],
    ["azure/gpt-4o", "gpt-4o"],
    ["GPT‑4o mini", "gpt-4o-mini"],
    ["gpt-4o-mini-2024-07-18", "gpt-4o-mini"],
    ["GPT-4.1 nano", "gpt-4-1-nano"],
    ["gpt-4.1-nano-2025-04-14", "gpt-4-1-nano"],
    ["GPT-3.5-turbo", "gpt-3-5-turbo"],
    ["o4-mini-2025-04-16", "o4-mini"],
    ["gpt-4o-audio-preview-2024-10-01", "gpt-4o-audio-preview"],
    ["GPT-5.4", "gpt-5-4"],
    ["text-embedding-3-small", "text-embedding-3-small"],
    // Google.
    ["gemini-2.5-pro", "gemini-2-5-pro"],
    ["Gemini 2.5 Pro", "gemini-2-5-pro"],
    ["models/gemini-1.5-flash", "gemini-1-5-flash"],
    ["gemini/gemini-1.5-flash", "gemini-1-5-flash"],
    ["Gemini 2.0 Flash", "gemini-2-flash"],
    ["gemini-2.0-flash", "gemini-2-flash"],
    // Others.
    ["Command R+", "command-r-plus"],
    ["command-r-plus", "command-r-plus"],
    ["xai/grok-beta", "grok-beta"],
    ["Perplexity: Sonar Deep Research", "sonar-deep-research"],
    ["text-bison@001", "text-bison-001"],
    ["meta-llama/llama-3-8b-instruct:free", "llama-3-8b-instruct-free"],
    ["  Claude   Opus 4.6  ", "claude-opus-4-6"],
  ])("%j → %j", (name, key) => {
    expect(modelKey(name)).toBe(key);
  });

  it("prefixes the normalised provider when one is given", () => {
    expect(modelKey("Claude Opus 4.6", "Anthropic")).toBe("anthropic/claude-opus-4-6");
    expect(modelKey("gemini-2.5-pro", "gemini")).toBe("google/gemini-2-5-pro");
    expect(modelKey("gpt-4o", null)).toBe("gpt-4o");
    expect(modelKey("gpt-4o", "")).toBe("gpt-4o");
  });

  it.each([
    ["gpt-4o", "gpt-4o-mini"],
    ["Claude Opus 4", "Claude Opus 4.1"],
    ["claude-sonnet-4", "claude-sonnet-4-5"],
    ["Claude Sonnet 4.5", "Claude Sonnet 4.6"],
    ["claude-3-opus", "claude-opus-4"],
    ["claude-3-5-sonnet", "claude-3-7-sonnet"],
    ["Claude 3.5 Sonnet", "Claude 3.5 Haiku"],
    ["claude-3-5-sonnet-20241022", "claude-3-5-sonnet-latest"],
    ["gpt-4o", "chatgpt-4o-latest"],
    ["gpt-5-chat-latest", "gpt-5"],
    ["o1", "o1-preview"],
    ["o1-preview", "o1-mini"],
    ["o3", "o3-pro"],
    ["o4-mini", "o4-mini-deep-research"],
    ["gpt-4", "gpt-4-turbo"],
    ["gpt-4-0125-preview", "gpt-4-1106-preview"],
    ["gpt-4.1", "gpt-4o"],
    ["gpt-4.1", "gpt-4-1-mini"],
    ["gemini-1.5-pro", "gemini-1.5-pro-preview-0514"],
    ["gemini-1.5-flash", "gemini-1.5-flash-8b"],
    ["gemini-2.0-flash", "gemini-2.0-flash-001"],
    ["gemini-2.5-pro", "gemini-2.5-pro-preview"],
    ["text-bison", "text-bison@001"],
    ["claude-v2", "bedrock/anthropic.claude-v2:1"],
    ["Command R", "Command R+"],
    ["gpt-image-1", "gpt-image-1-mini"],
    ["gpt-image-1", "gpt-image-1.5"],
    ["llama-3-8b-instruct", "meta-llama/llama-3-8b-instruct:free"],
  ])("keeps %j and %j apart", (a, b) => {
    expect(modelKey(a)).not.toBe(modelKey(b));
  });

  it("keeps only lower-case letters, digits and single dashes", () => {
    for (const name of ["Claude Opus 4.6*", "GPT-4o — mini", "Gemini_2.5_Pro", "Mistral Large (2411)", "(preview) model"]) {
      expect(modelKey(name)).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    }
  });

  it("matches every models.dev TOML file's name to its id, except the one named with a version suffix", () => {
    const root = join(fixturesDir(), "registries/models.dev/providers");
    const mismatches: string[] = [];
    for (const provider of readdirSync(root)) {
      const folder = join(root, provider, "models");
      for (const file of readdirSync(folder)) {
        const text = readFixture(`registries/models.dev/providers/${provider}/models/${file}`);
        const name = /^name\s*=\s*"(.*)"/m.exec(text)?.[1];
        const id = file.replace(/\.toml$/, "");
        if (name !== undefined && modelKey(name, provider) !== modelKey(id, provider)) mismatches.push(`${id} ≠ ${name}`);
      }
    }
    // models.dev writes "(latest)" both for an undated alias and for OpenAI's *-chat-latest ids;
    // "v2" is a name-only version. Match registries by id (price.qualifiers.id) where they carry one.
    expect(mismatches.sort()).toEqual([
      "claude-3-5-sonnet-20241022 ≠ Claude Sonnet 3.5 v2",
      "gpt-5-chat-latest ≠ GPT-5 Chat (latest)",
      "gpt-5.1-chat-latest ≠ GPT-5.1 Chat",
      "gpt-5.2-chat-latest ≠ GPT-5.2 Chat",
      "gpt-5.3-chat-latest ≠ GPT-5.3 Chat (latest)",
    ]);
  });

  it("finds the Claude models of Anthropic's docs page among the models.dev ids", () => {
    const page = readFixture("pages/anthropic__2025-10-28__anthropic-docs-scraper.md");
    const pageNames = [...new Set([...page.matchAll(/^\| (Claude (?:Opus|Sonnet|Haiku) [\d.]+) +\|/gm)].map((m) => m[1]!))];
    expect(pageNames.length).toBeGreaterThanOrEqual(7);
    const models = readdirSync(join(fixturesDir(), "registries/models.dev/providers/anthropic/models")).map((f) =>
      modelKey(f.replace(/\.toml$/, "")),
    );
    const missing = pageNames.filter((name) => !models.includes(modelKey(name)));
    // Claude Haiku 3.5 has no models.dev file in the fixture set.
    expect(missing).toEqual(["Claude Haiku 3.5"]);
  });
});
