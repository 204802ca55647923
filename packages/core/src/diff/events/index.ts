// Change events between two price cards: the `ratecard diff` contract's events and their sentences.
export { comparePriceCards } from "./compare-price-cards";
export type { ComparePriceCardsOptions } from "./compare-price-cards";
export { describeChangeEvent } from "./describe-change-event";
export { cleanModelName } from "../../pricing/models/clean-model-name";
export { modelNameKey, priceIdentityKey, sameAmount } from "./price-identity";
export { diffDocuments, type DocumentDiff } from "./diff-documents";
export { verifyChangeEvents, type VerifiedEvents } from "./verify-change-events";
export { assessCardHealth, type CardHealth } from "./assess-card-health";
