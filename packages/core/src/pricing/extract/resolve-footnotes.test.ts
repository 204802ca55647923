import { describe, expect, it } from "vitest";
import { indexPage } from "./index-page";
import { readTables } from "./read-tables";
import { resolveFootnotes } from "./resolve-footnotes";

describe("resolveFootnotes", () => {
  it("applies a note's start date, promotion end and context band to the prices and models it marks", () => {
    const page = indexPage([
      "## Pricing", "", "Prices per 1M tokens.", "",
      "| Model | Input | Output |", "| --- | --- | --- |",
      "| Acme Max¹ | $5 | $25 |", "| Acme Mini | $1* | $4 |", "| Acme Long | $2 [2] | $8 |", "| Acme Plain | $3 | $9 |", "",
      "¹ New prices effective September 1, 2026.", "", "* Introductory price until 2026-12-31.", "", "[2] Applies to prompts over 128K tokens.",
    ].join("\n"));
    const candidates = readTables(page, new Set()).candidates;
    resolveFootnotes(page, candidates);
    const t = (model: string, amount: number) => candidates.find((c) => c.model === model && c.amount === amount)!.traits;
    expect(t("Acme Max", 5)).toMatchObject({ validFrom: "2026-09-01" });
    expect(t("Acme Max", 25)).toMatchObject({ validFrom: "2026-09-01" });
    expect(t("Acme Mini", 1)).toMatchObject({ tier: "promo", validUntil: "2026-12-31" });
    expect(t("Acme Mini", 4).validUntil).toBeUndefined();
    expect(t("Acme Long", 2)).toMatchObject({ contextAbove: 128000 });
    expect(t("Acme Plain", 3).validFrom).toBeUndefined();
  });

  it("leaves markers whose note states nothing it can read, and bullets that only look like notes", () => {
    const page = indexPage("| Model | Output |\n| --- | --- |\n| Acme Image | $0.039 per image* |\n\n[*] Output images up to 1024x1024px consume 1290 tokens.\n\n* Fast\n* Cheap until 2027-01-01");
    const candidates = readTables(page, new Set()).candidates;
    resolveFootnotes(page, candidates);
    expect(candidates[0]!.traits).toMatchObject({ footnote: "*" });
    expect(candidates[0]!.traits.validUntil).toBeUndefined();
    expect(candidates[0]!.traits.contextUpTo).toBeUndefined();
  });
});
