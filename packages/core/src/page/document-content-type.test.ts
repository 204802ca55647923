import { describe, expect, it } from "vitest";
import { documentContentType } from "./document-content-type";

describe("documentContentType", () => {
  it("takes the URL's file type when the server only says text/plain or octet-stream", () => {
    expect(documentContentType({ contentType: "text/plain; charset=utf-8", url: "https://raw.githubusercontent.com/o/r/main/data/prices.yaml" })).toBe("application/yaml");
    expect(documentContentType({ contentType: "application/octet-stream", url: "https://x.test/docs/pricing.md?raw=1" })).toBe("text/markdown");
    expect(documentContentType({ contentType: null, url: "https://x.test/models.json" })).toBe("application/json");
  });

  it("keeps a specific type the server sends, and a generic one the URL says nothing more about", () => {
    expect(documentContentType({ contentType: "text/html; charset=utf-8", url: "https://x.test/prices.yaml" })).toBe("text/html; charset=utf-8");
    expect(documentContentType({ contentType: "text/plain", url: "https://x.test/pricing" })).toBe("text/plain");
    expect(documentContentType({ contentType: "text/plain", url: "https://x.test/notes.txt" })).toBe("text/plain");
    expect(documentContentType({ contentType: "text/plain", url: "not a url" })).toBe("text/plain");
  });
});
