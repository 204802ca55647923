import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fixturesDir } from "./fixtures-dir";

export function readFixture(relativePath: string): string {
  return readFileSync(join(fixturesDir(), relativePath), "utf8");
}
