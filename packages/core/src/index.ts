export { normalizePageText } from "./page/normalize-page-text";
export type { NormalizePageTextInput } from "./page/normalize-page-text";
export { hashContent } from "./page/hash-content";
export { detectBotChallenge } from "./page/detect-bot-challenge";
export type { BotChallengeResult, DetectBotChallengeInput } from "./page/detect-bot-challenge";
export { needsBrowser } from "./page/needs-browser";
export { contentTypeOfFile } from "./page/content-type-of-file";
export { documentContentType } from "./page/document-content-type";

export { diffText } from "./diff/diff-text";
export type { DiffTextOptions } from "./diff/diff-text";
export type { DiffHunk, DiffLine, TextDiff } from "./diff/types";
export { pairDiffLines, type SideBySideRow, type SideCell } from "./diff/pair-diff-lines";
export { locatePriceChanges } from "./diff/locate-price-changes";

export { parseSchedule } from "./schedule/parse-schedule";
export type { ParseScheduleResult } from "./schedule/parse-schedule";
export { previousSlot } from "./schedule/previous-slot";
export { nextRuns } from "./schedule/next-runs";
export { defaultSchedule } from "./schedule/default-schedule";
export type { ScheduleSourceKind } from "./schedule/default-schedule";
export * from "./sources";
export type { ChangeEvent, ChangeEventKind, ExtractionGap } from "./diff/types";
export * from "./diff/events";

export type { CardStatus, PageGap, Price, PriceCard, PriceDimension, PriceModifier, PriceTier, PriceUnit, RateLimit } from "./pricing/types";
export { extractPriceCard } from "./pricing/extract-price-card";
export { readPriceCard, detectRegistryFormat, type RegistryFormat } from "./pricing/read-price-card";
export { readDocumentCard, type DocumentCard } from "./pricing/read-document-card";
export * from "./pricing/registries";
export * from "./pricing/models";
export { indexModelMentions, mentionsModel, type ModelMentionIndex } from "./pricing/models/index-model-mentions";

export * from "./cost";
export * from "./traction";
export { clientAddress } from "./net/client-address";
export { isPublicAddress } from "./net/is-public-address";
export { accountDelayMs, signInThrottle, SIGN_IN_THROTTLE } from "./auth/sign-in-throttle";
export type { SignInHistory, SignInThrottle, SignInThrottlePolicy } from "./auth/sign-in-throttle";
