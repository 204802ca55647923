// The accounts the global setup creates; the admin's signed-in state is every spec's default.
export const E2E_ADMIN = { email: "admin@ratecard.test", password: "admin-password-for-e2e" } as const;
export const E2E_VIEWER = { email: "viewer@ratecard.test", password: "viewer-password-for-e2e" } as const;
