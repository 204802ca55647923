// The dashboard's first admin for `ratecard start`: ADMIN_EMAIL/ADMIN_PASSWORD when given, otherwise
// admin@localhost with a random password kept (0600) in the data directory and shown at start.
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ensureAdminUser, type Db } from "@ratecard/db";
import type { Env } from "../env";

export interface FirstAdmin {
  email: string;
  password: string;
  /** Where the generated password is kept, when it was generated. */
  file: string | null;
}

export async function ensureFirstAdmin(db: Db, env: Env): Promise<{ admin: FirstAdmin; created: boolean }> {
  let admin: FirstAdmin;
  if (env.ADMIN_EMAIL && env.ADMIN_PASSWORD) {
    admin = { email: env.ADMIN_EMAIL, password: env.ADMIN_PASSWORD, file: null };
  } else {
    const file = path.join(env.dataDir, "admin.json");
    const stored = existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as { email: string; password: string }) : null;
    admin = stored ? { ...stored, file } : { email: "admin@localhost", password: randomBytes(12).toString("base64url"), file };
    if (!stored) writeFileSync(file, JSON.stringify({ email: admin.email, password: admin.password }), { mode: 0o600 });
  }
  return { admin, created: await ensureAdminUser(db, admin) };
}
