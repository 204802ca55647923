import { describe, expect, it } from "vitest";
import { findUsageTier } from "./find-usage-tier";
import { indexPage } from "./index-page";

describe("findUsageTier", () => {
  it("takes a tier heading or tab label above the line, and nothing under a plain heading", () => {
    const page = indexPage("## Usage tier 2\n\n| Model | RPM |\n| --- | --- |\n| x-1 | 5 |\n\n## Models\n\nFree tier\n\n| Model | RPM |\n| --- | --- |\n| x-1 | 1 |\n\n## Other\n\n| Model | RPM |");
    expect(findUsageTier(page, 2)).toBe("Usage tier 2");
    expect(findUsageTier(page, 10)).toBe("Free tier");
    expect(findUsageTier(page, 16)).toBeUndefined();
  });
});
