import { readdirSync } from "node:fs";
import { join } from "node:path";
import { fixturesDir } from "./fixtures-dir";

export function listFixtures(folder: string): string[] {
  return readdirSync(join(fixturesDir(), folder)).sort();
}
