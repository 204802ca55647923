export { modelKey } from "./model-key";
export { sameModel } from "./same-model";
export { normalizeProvider } from "./normalize-provider";
