export { createDbClient, type Db } from "./create-db-client";
export { openDatabase, type DatabaseLocation } from "./open-database";
export { startEmbeddedPostgres, type EmbeddedPostgresHandle } from "./embedded/start-embedded-postgres";
export { migrateDatabase, runPrisma } from "./migrate-database";
export { ensureMigrated } from "./ensure-migrated";
export { repoRoot } from "./repo-root";

export type { SourceInput } from "./sources/types";
export { createSource } from "./sources/create-source";
export { upsertSources } from "./sources/upsert-sources";
export { listSources } from "./sources/list-sources";
export { findSource } from "./sources/find-source";
export { removeSource } from "./sources/remove-source";
export { updateSource } from "./sources/update-source";
export { setSourceEnabled } from "./sources/set-source-enabled";
export { findSourceByKindAndUrl } from "./sources/find-source-by-kind-and-url";
export { claimSlot } from "./sources/claim-slot";
export { listSourceNames } from "./sources/list-source-names";

export type { AfterEvents, AnalysePrices, CheckResult, PriceAnalysis } from "./checks/types";
export { recordCheckResult, type RecordedCheck } from "./checks/record-check-result";
export { listChecks } from "./checks/list-checks";
export { isUuid } from "./ids/is-uuid";
export { findCheckResult, type CheckResultView } from "./checks/find-check-result";
export { listSourcesWithLastCheck, type SourceWithLastCheck } from "./checks/list-sources-with-last-check";
export { listFailingSources, type FailingSource } from "./checks/list-failing-sources";

export { listSnapshots } from "./snapshots/list-snapshots";
export { getSnapshot } from "./snapshots/get-snapshot";

export * from "./generated/prisma/client";

export { getSource } from "./dashboard/get-source";
export { getSnapshotWithSource } from "./dashboard/get-snapshot-with-source";
export { listSnapshotTexts } from "./dashboard/list-snapshot-texts";
export { listSnapshotPricePoints } from "./dashboard/list-snapshot-price-points";
export { getSnapshotScreenshot } from "./dashboard/get-snapshot-screenshot";
export { listScreenshotIds } from "./dashboard/list-screenshot-ids";
export { listCurrentPricePoints, type CurrentPrices } from "./prices/list-current-price-points";
export { listPriceProviders } from "./prices/list-price-providers";
export { createSnapshotPricesCache, type SnapshotPricesCache } from "./prices/snapshot-prices-cache";
export { findPriceSince } from "./prices/find-price-since";
export { listChangeEvents } from "./prices/list-change-events";

export type { MetricSampleInput } from "./metrics/types";
export { writeMetricSamples } from "./metrics/write-metric-samples";
export { saveMetricProgress } from "./metrics/save-metric-progress";
export { recordCollection } from "./metrics/record-collection";
export { listMetricSeries, type MetricPoint, type SourceMetricSeries } from "./metrics/list-metric-series";
export { findFreePort } from "./net/find-free-port";

export type { DbOrTx, NewAlertDelivery } from "./alerts/types";
export { createAlertRule } from "./alerts/create-alert-rule";
export { listAlertRules } from "./alerts/list-alert-rules";
export { findAlertRule } from "./alerts/find-alert-rule";
export { removeAlertRule } from "./alerts/remove-alert-rule";
export { insertAlertDeliveries } from "./alerts/insert-alert-deliveries";
export { claimAlertDelivery } from "./alerts/claim-alert-delivery";
export { recordDeliveryOutcome, type DeliveryOutcome } from "./alerts/record-delivery-outcome";
export { claimDigestSlot } from "./alerts/claim-digest-slot";
export { listAlertEvents, type AlertEventRow } from "./alerts/list-alert-events";
export { listAlertCandidates, type AlertCandidate } from "./alerts/list-alert-candidates";
export { listFailureStreaks, type SourceFailureStreak } from "./alerts/list-failure-streaks";
export { listDegradedSnapshots, type DegradedSnapshot } from "./alerts/list-degraded-snapshots";
export { updateAlertRule } from "./alerts/update-alert-rule";
export { listAlertDeliveriesPage, type AlertDeliveriesPage, type AlertDeliveryStatusFilter } from "./alerts/list-alert-deliveries-page";
export { readSourceState } from "./metrics/read-source-state";
export { listChangeEventsPage, type ChangeEventFilter, type ChangeEventsPage } from "./dashboard/list-change-events-page";
export { listChangeEventFacets } from "./dashboard/list-change-event-facets";
export { toCorePrice } from "./prices/to-core-price";
export { buildCostCards } from "./prices/build-cost-cards";
export { listTractionInputs, type TractionSourceInput } from "./dashboard/list-traction-inputs";
export { listPriceHistory, type PriceHistory, type PriceHistorySnapshot } from "./dashboard/list-price-history";

export { hashPassword } from "./auth/hash-password";
export { verifyPassword } from "./auth/verify-password";
export { hashSessionToken } from "./auth/hash-session-token";
export { createUser } from "./auth/create-user";
export { ensureAdminUser } from "./auth/ensure-admin-user";
export { findUserByEmail } from "./auth/find-user-by-email";
export { createSession } from "./auth/create-session";
export { findSessionUser, type SessionUser } from "./auth/find-session-user";
export { deleteSession } from "./auth/delete-session";
export { listUsers } from "./auth/list-users";
export { beginSignInAttempt, SIGN_IN_ATTEMPT_RETENTION_MS, type SignInAttempt } from "./auth/begin-sign-in-attempt";
export { finishSignInAttempt } from "./auth/finish-sign-in-attempt";
export { listSignInFailures, type SignInFailure, type SignInFailureGroup, type SignInFailureReport } from "./auth/list-sign-in-failures";

export { createApiToken, API_TOKEN_PREFIX, type CreatedApiToken } from "./api-tokens/create-api-token";
export { findApiTokenUser } from "./api-tokens/find-api-token-user";
export { listApiTokens, type ApiTokenSummary } from "./api-tokens/list-api-tokens";
export { revokeApiToken } from "./api-tokens/revoke-api-token";
export { listCurrentPricesPage, type CurrentPriceRow, type CurrentPricesFilter } from "./export/list-current-prices-page";
export { listChangeEventsAfter, type ChangeEventsAfterFilter, type ChangeEventWithSource } from "./export/list-change-events-after";
export { listPriceHistoryPage, type PriceHistoryRow } from "./export/list-price-history-page";
export { changeUserRole } from "./auth/change-user-role";
export { removeUser } from "./auth/remove-user";
export { resetUserPassword } from "./auth/reset-user-password";
export type { UserChangeRefusal, UserChangeResult } from "./auth/user-change-refusal";
