import { describe, expect, it } from "vitest";
import { parseGluedHeader } from "./parse-glued-header";

describe("parseGluedHeader", () => {
  it("reads column labels run together and where the first row starts", () => {
    const line = "ModelEndpointInput (USD)Output (USD)Input (EUR)Output (EUR)Mistral";
    const header = parseGluedHeader(line);
    expect(header?.columns.map((c) => [c.label, c.role])).toEqual([
      ["Model", "model"], ["Endpoint", "id"], ["Input (USD)", "price"], ["Output (USD)", "price"], ["Input (EUR)", "price"], ["Output (EUR)", "price"],
    ]);
    expect(line.slice(header!.end)).toBe("Mistral");
    expect(parseGluedHeader("ModelTrainingInput usageOutput usagegpt-3.5-turbo$8.00")?.columns.map((c) => c.label))
      .toEqual(["Model", "Training", "Input usage", "Output usage"]);
  });

  it("is not fooled by a sentence or a lone label", () => {
    expect(parseGluedHeader("Model pricing is listed below.")).toBeNull();
    expect(parseGluedHeader("Input: $3 / MTok")).toBeNull();
  });
});
