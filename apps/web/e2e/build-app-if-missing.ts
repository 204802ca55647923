// The dashboard's server serves the last build; a checkout without one gets built first (about a minute).
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { childProcessEnv } from "./e2e-env";

export async function buildAppIfMissing(appDir: string): Promise<void> {
  if (existsSync(path.join(appDir, ".next", "BUILD_ID"))) return;
  console.log("[e2e] no .next/BUILD_ID: running next build first");
  const nextBin = createRequire(path.join(appDir, "package.json")).resolve("next/dist/bin/next");
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [nextBin, "build"], {
      cwd: appDir,
      env: childProcessEnv({ NEXT_TELEMETRY_DISABLED: "1" }),
      stdio: "inherit",
    });
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`next build failed (exit ${code})`))));
  });
}
