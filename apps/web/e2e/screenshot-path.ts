import { fileURLToPath } from "node:url";

/** Screenshots for the README live in the repository's docs/screenshots. */
export function screenshotPath(name: string): string {
  return fileURLToPath(new URL(`../../../docs/screenshots/${name}`, import.meta.url));
}
