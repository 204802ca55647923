import { describe, expect, it } from "vitest";
import { contentTypeOfFile } from "./content-type-of-file";

describe("contentTypeOfFile", () => {
  it("names the type a saved document's extension implies, whatever its case", () => {
    expect(["a.html", "b.HTM", "c.md", "d.markdown", "e.json", "f.txt", "g.mdx"].map(contentTypeOfFile)).toEqual([
      "text/html", "text/html", "text/markdown", "text/markdown", "application/json", "text/plain", "text/markdown",
    ]);
  });

  it("says nothing for other or missing extensions", () => {
    expect([contentTypeOfFile("page.pdf"), contentTypeOfFile("README")]).toEqual([null, null]);
  });
});
