import { describe, expect, it } from "vitest";
import { normalizeProvider } from "./normalize-provider";

describe("normalizeProvider", () => {
  it.each([
    ["openai", "openai"],
    ["text-completion-openai", "openai"],
    ["Anthropic", "anthropic"],
    ["gemini", "google"],
    ["google", "google"],
    ["palm", "google"],
    ["codestral", "mistral"],
    ["text-completion-codestral", "mistral"],
    ["x-ai", "xai"],
    ["cohere_chat", "cohere"],
    ["together_ai", "together"],
    ["fireworks_ai-embedding-models", "fireworks"],
    ["meta-llama", "meta"],
    ["moonshotai", "moonshotai"],
    ["kimi", "moonshotai"],
  ])("folds the alias %j into %j", (raw, canonical) => {
    expect(normalizeProvider(raw)).toBe(canonical);
  });

  it.each(["vertex_ai-language-models", "vertex_ai-anthropic_models", "vertex_ai-image-models", "vertex_ai"])(
    "groups LiteLLM's Vertex sub-group %j as vertex-ai, apart from google",
    (raw) => {
      expect(normalizeProvider(raw)).toBe("vertex-ai");
    },
  );

  it.each([
    ["azure", "azure"],
    ["azure_ai", "azure-ai"],
    ["bedrock", "bedrock"],
    ["openrouter", "openrouter"],
    ["deepinfra", "deepinfra"],
  ])("keeps the reseller %j as its own provider %j", (raw, canonical) => {
    expect(normalizeProvider(raw)).toBe(canonical);
  });
});
