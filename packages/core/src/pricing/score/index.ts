export * from "./corpus-truth";
export { scorePriceCard, type PriceCardScore } from "./score-price-card";
export { scoreChangeEvents, type ChangeEventScore } from "./score-change-events";
