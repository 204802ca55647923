// How the scorecard says two price or event descriptions are the same: the model by its canonical
// key, amounts by their decimal value (never by float formatting).
import { modelKey } from "../models/model-key";

export function scoreModelKey(name: string): string {
  return modelKey(name);
}

/** "0.150" and "0.15" are one amount; compared to 10 significant digits to absorb float noise of extracted values. */
export function amountsEqual(a: string | number | null | undefined, b: string | number | null | undefined): boolean {
  if (a === null || a === undefined || b === null || b === undefined) return a === b || (a == null && b == null);
  const x = Number(a);
  const y = Number(b);
  return Math.abs(x - y) <= 1e-9 * Math.max(Math.abs(x), Math.abs(y));
}
