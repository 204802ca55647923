import { describe, expect, it } from "vitest";
import { classifyLimitLabel } from "./classify-limit-label";

describe("classifyLimitLabel", () => {
  it("names the field of a header or phrase, input/output tokens apart from combined tokens", () => {
    expect(classifyLimitLabel("Maximum input tokens per minute (ITPM)")).toBe("itpm");
    expect(classifyLimitLabel("OTPM")).toBe("otpm");
    expect(classifyLimitLabel("Requests per minute")).toBe("rpm");
    expect(classifyLimitLabel("TPM")).toBe("tpm");
    expect(classifyLimitLabel("requests per second")).toBe("rps");
    expect(classifyLimitLabel("tokens per month")).toBe("tpmonth");
    expect(classifyLimitLabel("Input (USD)")).toBeNull();
  });
});
