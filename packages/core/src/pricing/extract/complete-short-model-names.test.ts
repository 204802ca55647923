import { describe, expect, it } from "vitest";
import type { Price } from "../types";
import { completeShortModelNames } from "./complete-short-model-names";

const price = (model: string, tier = "standard"): Price => ({ model, dimension: "input", tier, amount: 1, unit: "1M tokens", currency: "USD", usdPer1M: 1, evidence: model });

describe("completeShortModelNames", () => {
  it("names a short versioned model by the one full name on the card that ends with it", () => {
    const out = completeShortModelNames([price("Claude Opus 4.6"), price("Claude Haiku 3"), price("Opus 4.6", "batch"), price("Haiku 3", "batch")]);
    expect(out.map((p) => `${p.model} ${p.tier}`)).toEqual(["Claude Opus 4.6 standard", "Claude Haiku 3 standard", "Claude Opus 4.6 batch", "Claude Haiku 3 batch"]);
  });

  it("leaves a name two full names end with, an unversioned one, and one a longer prefix ends with", () => {
    const out = completeShortModelNames([price("Acme Opus 4"), price("Beta Opus 4"), price("Opus 4"), price("Acme Flash"), price("Flash"), price("Big Acme Mini 2"), price("Mini 2")]);
    expect(out.map((p) => p.model)).toEqual(["Acme Opus 4", "Beta Opus 4", "Opus 4", "Acme Flash", "Flash", "Big Acme Mini 2", "Mini 2"]);
  });
});
