import { modelKey } from "./model-key";

/** Whether two names denote the same model (of `provider`, when given) under modelKey's rules. */
export function sameModel(a: string, b: string, provider?: string | null): boolean {
  return modelKey(a, provider) === modelKey(b, provider);
}
