// The sign-ins a seeded volume database gets (a local benchmark database, never a real deployment).
export const VOLUME_USERS = [
  { email: "admin@volume.example", password: "volume-admin-password", role: "admin" as const },
  { email: "viewer@volume.example", password: "volume-viewer-password", role: "viewer" as const },
];
