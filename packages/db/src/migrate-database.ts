// Applies prisma/migrations with the standard `prisma migrate deploy` (a no-op when up to date).
import { spawn } from "node:child_process";
import { repoRoot } from "./repo-root";

export async function migrateDatabase(databaseUrl: string, options: { quiet?: boolean } = {}): Promise<void> {
  await runPrisma(["migrate", "deploy"], databaseUrl, options.quiet ?? false);
}

export function runPrisma(args: string[], databaseUrl: string, quiet: boolean): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [prismaCli(), ...args], {
      cwd: repoRoot,
      env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (!quiet) process.stdout.write(chunk);
    });
    child.stderr.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (!quiet) process.stderr.write(chunk);
    });
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolve(output);
      else reject(new Error(`prisma ${args.join(" ")} failed (exit ${code}):\n${output.trim()}`));
    });
  });
}

function prismaCli(): string {
  return `${repoRoot}/node_modules/prisma/build/index.js`;
}
