// The dashboard's configuration, read from process.env once (on first use, so `next build` needs none).
import { z } from "zod";

const schema = z.object({
  DATABASE_URL: z
    .string({ error: "DATABASE_URL is not set" })
    .trim()
    .min(1, { error: "DATABASE_URL is empty" })
    .refine((value) => /^postgres(ql)?:\/\//.test(value) && URL.canParse(value), {
      error: "DATABASE_URL must be a postgresql:// URL",
    }),
  // The first admin, created on the first sign-in attempt when the database has no admin yet.
  ADMIN_EMAIL: z.string().trim().toLowerCase().email({ error: "ADMIN_EMAIL must be an email address" }).optional(),
  ADMIN_PASSWORD: z.string().min(12, { error: "ADMIN_PASSWORD must be at least 12 characters" }).optional(),
  // How many reverse proxies in front of the dashboard append to X-Forwarded-For. 0 (the default): the
  // header is ignored, since a client can write anything into it, and the client is the TCP peer.
  RATECARD_TRUSTED_PROXIES: z.coerce
    .number({ error: "RATECARD_TRUSTED_PROXIES must be a whole number" })
    .int({ error: "RATECARD_TRUSTED_PROXIES must be a whole number" })
    .min(0, { error: "RATECARD_TRUSTED_PROXIES must be 0 or more" })
    .max(10, { error: "RATECARD_TRUSTED_PROXIES must be at most 10" })
    .default(0),
  // Set by the dashboard's server (server/serve.ts) for its own process, never by users: the token that
  // marks the peer-address header as the server's (lib/auth/peer-address.ts).
  RATECARD_PEER_TOKEN: z.string().min(16).optional(),
});

export type WebEnv = z.infer<typeof schema>;

let cached: WebEnv | undefined;

export function readEnv(): WebEnv {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => issue.message).join("; ");
    throw new Error(
      `ratecard dashboard configuration: ${problems}. Set DATABASE_URL to the Postgres the worker writes to, e.g. DATABASE_URL=postgresql://user:password@localhost:5432/ratecard`,
    );
  }
  if (!parsed.data.ADMIN_EMAIL !== !parsed.data.ADMIN_PASSWORD) {
    throw new Error("ratecard dashboard configuration: set both ADMIN_EMAIL and ADMIN_PASSWORD (the first admin), or neither");
  }
  cached = parsed.data;
  return cached;
}
