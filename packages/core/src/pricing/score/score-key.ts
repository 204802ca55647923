// How the scorecard says two price or event descriptions are the same: the model by its canonical
// key, amounts by their decimal value (never by float formatting).
import { sameAmount } from "../../diff/events/price-identity";
import { modelKey } from "../models/model-key";

export function scoreModelKey(name: string): string {
  return modelKey(name);
}

/** "0.150" and "0.15" are one amount (the diff's own tolerance absorbs float noise); two missing amounts are equal. */
export function amountsEqual(a: string | number | null | undefined, b: string | number | null | undefined): boolean {
  if (a == null || b == null) return a == null && b == null;
  return sameAmount(Number(a), Number(b));
}
