import { describe, expect, it } from "vitest";
import { parseModelName } from "./parse-model-name";

const now = new Date("2026-06-01T00:00:00Z");

describe("parseModelName", () => {
  it.each([
    ["Claude Sonnet 4.5 starting September 1", { name: "Claude Sonnet 4.5", validFrom: "2026-09-01" }],
    ["GPT-5 (from 2026-09-01)", { name: "GPT-5", validFrom: "2026-09-01" }],
    ["Gemini 2.5 Flash through August 31", { name: "Gemini 2.5 Flash", validUntil: "2026-08-31" }],
    ["Claude Opus 3 (retired, except on Bedrock)", { name: "Claude Opus 3", lifecycle: "retired" }],
    ["[Claude Haiku 3.5](/docs/deprecations) (deprecated)", { name: "Claude Haiku 3.5", lifecycle: "deprecated" }],
    ["gpt-4-32k — legacy", { name: "gpt-4-32k", lifecycle: "legacy" }],
    ["[ZAI]ZAI GLM 4.7*", { name: "ZAI GLM 4.7" }],
    ["[OPENAI] GPT OSS 120B", { name: "GPT OSS 120B" }],
    ["Gemini 2.5 Pro Preview >200k", { name: "Gemini 2.5 Pro Preview", contextAbove: 200_000 }],
    ["Gemini 2.5 Pro Preview ≤200k", { name: "Gemini 2.5 Pro Preview", contextUpTo: 200_000 }],
    ["gpt-5.5 (<272K context length)", { name: "gpt-5.5", contextUpTo: 272_000 }],
    ["**Claude Opus 4.6**¹", { name: "Claude Opus 4.6" }],
    ["deepseek-chat (new)", { name: "deepseek-chat" }],
    ["Claude Opus 4.8 (fast mode) (preview)", { name: "Claude Opus 4.8 (fast mode)" }],
    ["Gemini 3 Pro (Public Preview)", { name: "Gemini 3 Pro" }],
  ])("%j is %j", (raw, expected) => {
    const parsed = parseModelName(raw, now);
    expect(parsed).toMatchObject(expected);
    expect(parsed.rejected).toBeUndefined();
  });

  it.each(["550 hours", "Additional usage beyond 1", "CODE DESCRIPTION", "us-east-1", "europe-west4", "MODEL NAME", "1M tokens", "Prices are per million tokens.", "Model Recommendations", "Supported Models", "Models overview", "Model Selection Guide", "The cost of each request is billed per token used in the prompt"])(
    "%j is not a model",
    (raw) => {
      expect(parseModelName(raw, now).rejected).toBeDefined();
    },
  );

  it.each(["o3-mini", "GPT-4o", "HAIKU", "Llama 3.3 70B Instruct Turbo", "text-embedding-3-small", "Mistral Large 2", "DeepSeek-V3.2-Exp", "Grok 4 Fast Reasoning", "Qwen3 235B A22B"])(
    "%j is a model",
    (raw) => {
      expect(parseModelName(raw, now).rejected).toBeUndefined();
    },
  );
});
