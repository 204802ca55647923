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

  it("a note saying a cell shows the original and the discounted price dates the discounted one, not the list price", () => {
    const page = indexPage([
      "| Model | Input | Output |", "| --- | --- | --- |", "| acme-chat | $0.27(5) $0.14 | $1.10(5) $0.28 |", "| acme-reasoner | $0.55 | $2.19 (6) |", "",
      "(5) The form shows the original price and the discounted price. From now until 2025-02-08 16:00 (UTC), all users enjoy the discounted prices.",
      "(6) Output includes reasoning tokens, until the answer ends.",
    ].join("\n"));
    const candidates = readTables(page, new Set()).candidates;
    resolveFootnotes(page, candidates);
    const t = (amount: number) => candidates.find((c) => c.amount === amount)!.traits;
    expect(t(0.27).tier).toBeUndefined();
    expect(t(0.27).validUntil).toBeUndefined();
    expect(t(0.14)).toMatchObject({ tier: "promo", validUntil: "2025-02-08" });
    expect(t(0.28)).toMatchObject({ tier: "promo", validUntil: "2025-02-08" });
    expect(t(1.1).validUntil).toBeUndefined();
    expect(t(2.19)).toMatchObject({ footnote: "6" });
    expect(t(0.55).tier).toBeUndefined();
  });
});
