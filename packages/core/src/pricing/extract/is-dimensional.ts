// Whether traits name what a price is for (a direction, a cache side or a kind such as storage or search).
import type { Traits } from "./types";

export function isDimensional(t: Traits): boolean {
  return t.io !== undefined || t.cache !== undefined || t.kind !== undefined;
}
