// The worker's configuration, read from the environment once, typed and validated.
import path from "node:path";
import { repoRoot } from "@ratecard/db";
import cron from "node-cron";
import { z } from "zod";

const flag = z
  .enum(["1", "0", "true", "false", "yes", "no", ""])
  .optional()
  .transform((v) => v === "1" || v === "true" || v === "yes");

const optionalUrl = (name: string) =>
  z
    .string()
    .optional()
    .transform((v) => (v === "" ? undefined : v))
    .refine((v) => v === undefined || URL.canParse(v), { message: `${name} must be a URL` });

/** "http://127.0.0.1:8080, https://wiki.lan" → their origins; anything but a bare http(s) origin is an error. */
const originList = z
  .string()
  .optional()
  .transform((v, ctx) => {
    const origins: string[] = [];
    for (const entry of (v ?? "").split(",").map((e) => e.trim()).filter((e) => e !== "")) {
      const url = URL.canParse(entry) ? new URL(entry) : null;
      if (!url || (url.protocol !== "http:" && url.protocol !== "https:") || url.pathname !== "/" || url.search || url.hash || url.username || url.password) {
        ctx.addIssue({ code: "custom", message: `'${entry}' is not an origin: give scheme, host and port only, such as http://127.0.0.1:8080` });
        return z.NEVER;
      }
      origins.push(url.origin);
    }
    return origins;
  });

const schema = z.object({
  DATABASE_URL: optionalUrl("DATABASE_URL"),
  RATECARD_DATA_DIR: z.string().default(".ratecard"),
  CHROMIUM_PATH: z.string().default("/usr/bin/chromium"),
  RATECARD_ALLOW_PRIVATE_HOSTS: flag,
  /** Intranet pages the fetcher may reach although they are private addresses; every other private address stays refused. */
  RATECARD_ALLOWED_PRIVATE_ORIGINS: originList,
  RATECARD_DEBUG: flag,
  RATECARD_FETCH_TIMEOUT_MS: z.coerce.number().int().positive().default(30_000),
  RATECARD_MAX_BODY_BYTES: z.coerce.number().int().positive().default(10 * 1024 * 1024),
  RATECARD_BROWSER_CONCURRENCY: z.coerce.number().int().min(1).max(16).default(2),
  RATECARD_WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(4),
  /** First retry delay of a check that timed out or got a 5xx (doubles per retry). */
  /**
   * How often each worker's scheduler looks for due sources and alerts (node-cron, seconds field allowed). Sources are
   * scheduled to the minute, so the default is every minute; a shorter tick only finds the same due slots sooner.
   */
  RATECARD_SCHEDULER_TICK: z.string().trim().default("* * * * *").refine((v) => cron.validate(v), { message: "RATECARD_SCHEDULER_TICK must be a cron expression such as '* * * * *'" }),
  RATECARD_RETRY_DELAY_SECONDS: z.coerce.number().int().min(1).max(86_400).default(60),
  SMTP_URL: optionalUrl("SMTP_URL"),
  ALERT_FROM: z.string().default("ratecard <alerts@localhost>"),
  GITHUB_TOKEN: z.string().optional(),
  GITHUB_API_URL: optionalUrl("GITHUB_API_URL"),
  DISCORD_API_URL: optionalUrl("DISCORD_API_URL"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** The dashboard's address as readers of alert emails reach it (links to diffs); default http://localhost:PORT. */
  RATECARD_PUBLIC_URL: optionalUrl("RATECARD_PUBLIC_URL"),
  /** The dashboard's first admin; without them `start` makes one and keeps its password in the data directory. */
  ADMIN_EMAIL: z.string().trim().toLowerCase().email({ message: "ADMIN_EMAIL must be an email address" }).optional(),
  ADMIN_PASSWORD: z.string().min(12, { message: "ADMIN_PASSWORD must be at least 12 characters" }).optional(),
});

export type Env = z.infer<typeof schema> & {
  dataDir: string;
  /** Where the user ran the command (pnpm runs scripts from the repository root): relative FILE arguments start here. */
  invocationDir: string;
};

/** Relative paths (the data directory) are taken from the repository root, wherever the CLI was started. */
export function readEnv(source: NodeJS.ProcessEnv = process.env, baseDir = repoRoot): Env {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`configuration: ${issue?.path.join(".") ?? "?"}: ${issue?.message ?? "invalid"}`);
  }
  return {
    ...parsed.data,
    RATECARD_PUBLIC_URL: parsed.data.RATECARD_PUBLIC_URL ?? `http://localhost:${parsed.data.PORT}`,
    dataDir: path.resolve(baseDir, parsed.data.RATECARD_DATA_DIR),
    invocationDir: source.INIT_CWD ?? process.cwd(),
  };
}
