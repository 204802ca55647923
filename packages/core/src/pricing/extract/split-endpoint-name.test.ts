import { describe, expect, it } from "vitest";
import { splitEndpointName } from "./split-endpoint-name";

describe("splitEndpointName", () => {
  it("splits a display name from the endpoint id glued after it", () => {
    expect(splitEndpointName("Mistral 7Bopen-mistral-7b")).toEqual({ name: "Mistral 7B", id: "open-mistral-7b" });
    expect(splitEndpointName("Mixtral 8x7Bopen-mixtral-8x7b")).toEqual({ name: "Mixtral 8x7B", id: "open-mixtral-8x7b" });
    expect(splitEndpointName("Mistral Smallmistral-small-latest")).toEqual({ name: "Mistral Small", id: "mistral-small-latest" });
    expect(splitEndpointName("Mistral Embedmistral-embed")).toEqual({ name: "Mistral Embed", id: "mistral-embed" });
    expect(splitEndpointName("Codestralcodestral-2405")).toEqual({ name: "Codestral", id: "codestral-2405" });
    expect(splitEndpointName("Mistral Large mistral-large-latest")).toEqual({ name: "Mistral Large", id: "mistral-large-latest" });
  });

  it("leaves a name with no id alone", () => {
    expect(splitEndpointName("Mistral Large")).toEqual({ name: "Mistral Large" });
  });
});
