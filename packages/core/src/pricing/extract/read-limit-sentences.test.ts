import { describe, expect, it } from "vitest";
import { indexPage } from "./index-page";
import { readLimitSentences } from "./read-limit-sentences";

describe("readLimitSentences", () => {
  it("reads a wrapped sentence for all models, keeping each unit as stated", () => {
    const page = indexPage("RATE LIMITS\n\nAll endpoints have a rate limit of 5 requests per second, 2 million tokens per\nminute, and 10,000 million tokens per month. You can check your current rate\nlimits on the platform.");
    expect(readLimitSentences(page)).toEqual([{
      model: "*", rps: 5, tpm: 2_000_000, tpmonth: 10_000_000_000,
      evidence: "All endpoints have a rate limit of 5 requests per second, 2 million tokens per minute, and 10,000 million tokens per month.",
    }]);
  });

  it("reads a plan's daily allowance and skips free quotas of paid features", () => {
    const page = indexPage("## Code plans\n\n### Pro $50/month\n\n- Send up to 24 million tokens/day ($48/day worth of value)\n\n### Search\n\nIncludes up to 1,500 requests per day for free, then $35 per 1,000 requests.");
    expect(readLimitSentences(page)).toEqual([
      { model: "*", usageTier: "Pro", tpd: 24_000_000, evidence: "- Send up to 24 million tokens/day ($48/day worth of value)" },
    ]);
  });
});
