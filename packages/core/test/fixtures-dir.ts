// Fixtures live in ../shared beside the repository; found by walking up to the workspace root.
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";

export function fixturesDir(): string {
  for (let dir = import.meta.dirname; dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, "pnpm-workspace.yaml"))) return join(dir, "..", "shared", "fixtures");
  }
  throw new Error(`no pnpm-workspace.yaml above ${import.meta.dirname}`);
}
