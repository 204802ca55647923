import { describe, expect, it } from "vitest";
import { indexPage } from "./index-page";
import { readLimitTables } from "./read-limit-tables";

describe("readLimitTables", () => {
  it("reads Anthropic-style ITPM/OTPM tables under tier tab labels", () => {
    const page = indexPage([
      "## Rate limits", "", "Tier 1", "",
      "| Model | Maximum requests per minute (RPM) | Maximum input tokens per minute (ITPM) | Maximum output tokens per minute (OTPM) |",
      "| --- | --- | --- | --- |",
      "| Claude Sonnet 4.x** | 50 | 30,000 | 8,000 |", "| Claude Haiku 4.5 | 50 | 50,000 | 10,000 |", "",
      "Tier 2", "",
      "| Model | Maximum requests per minute (RPM) | Maximum input tokens per minute (ITPM) | Maximum output tokens per minute (OTPM) |",
      "| --- | --- | --- | --- |", "| Claude Sonnet 4.x** | 1,000 | 450,000 | 90,000 |",
    ].join("\n"));
    expect(readLimitTables(page)).toEqual([
      { model: "Claude Sonnet 4.x", usageTier: "Tier 1", rpm: 50, itpm: 30000, otpm: 8000, evidence: "| Claude Sonnet 4.x** | 50 | 30,000 | 8,000 |" },
      { model: "Claude Haiku 4.5", usageTier: "Tier 1", rpm: 50, itpm: 50000, otpm: 10000, evidence: "| Claude Haiku 4.5 | 50 | 50,000 | 10,000 |" },
      { model: "Claude Sonnet 4.x", usageTier: "Tier 2", rpm: 1000, itpm: 450000, otpm: 90000, evidence: "| Claude Sonnet 4.x** | 1,000 | 450,000 | 90,000 |" },
    ]);
  });

  it("reads OpenAI-style tables: a tier per row under a model heading, and RPM/TPM/RPD by model under tier headings", () => {
    const perModel = indexPage([
      "# gpt-4.1", "", "## Rate limits", "", "| Tier | RPM | RPD | TPM | Batch queue limit |", "| --- | --- | --- | --- | --- |",
      "| Free | Not supported | | | |", "| Tier 1 | 500 | - | 30,000 | 90,000 |", "| Tier 5 | 10,000 | - | 30,000,000 | 15,000,000,000 |",
    ].join("\n"));
    expect(readLimitTables(perModel)).toEqual([
      { model: "gpt-4.1", usageTier: "Tier 1", rpm: 500, tpm: 30000, evidence: "| Tier 1 | 500 | - | 30,000 | 90,000 |" },
      { model: "gpt-4.1", usageTier: "Tier 5", rpm: 10000, tpm: 30000000, evidence: "| Tier 5 | 10,000 | - | 30,000,000 | 15,000,000,000 |" },
    ]);
    const byModel = indexPage([
      "### Free tier", "", "| Model | Requests per minute | Tokens per minute | Requests per day |", "| --- | --- | --- | --- |",
      "| Gemini 2.5 Pro | 5 | 250,000 | 100 |", "", "### Tier 1", "", "| Model | RPM | TPM | RPD |", "| --- | --- | --- | --- |", "| Gemini 2.5 Pro | 150 | 2M | 10K |",
    ].join("\n"));
    expect(readLimitTables(byModel).map((l) => [l.model, l.usageTier, l.rpm, l.tpm, l.rpd])).toEqual([
      ["Gemini 2.5 Pro", "Free tier", 5, 250000, 100], ["Gemini 2.5 Pro", "Tier 1", 150, 2000000, 10000],
    ]);
  });

  it("leaves price tables alone", () => {
    expect(readLimitTables(indexPage("| Model | Input | Output |\n| --- | --- | --- |\n| gpt-x | $1 | $2 |"))).toEqual([]);
  });
});
