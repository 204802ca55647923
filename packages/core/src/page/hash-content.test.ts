import { describe, expect, it } from "vitest";
import { hashContent } from "./hash-content";

describe("hashContent", () => {
  it("is the SHA-256 of the text, in lower-case hex", () => {
    // FIPS 180-2 test vector.
    expect(hashContent("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });

  it("hashes the UTF-8 bytes, so non-ASCII prices hash like any other tool would", () => {
    // sha256 of the bytes e2 82 ac 35 ("€5" in UTF-8), as printed by `printf '€5' | sha256sum`.
    expect(hashContent("€5")).toBe("64a4988f0cceb668a4311f81b095e2b792912f231a811e4c4dc6f855aa556337");
  });
});
