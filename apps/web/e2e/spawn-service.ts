// A child process the e2e stack runs (the dashboard server, the worker): its output kept for error messages
// (and echoed with RATECARD_E2E_VERBOSE), and a stop that sends SIGTERM, then SIGKILL after a grace period.
import { spawn } from "node:child_process";
import { isE2eVerbose } from "./e2e-env";

export interface Service {
  pid: number | undefined;
  output(): string;
  exitCode(): number | null;
  stop(): Promise<void>;
}

export function spawnService(args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; killAfterMs: number }): Service {
  const child = spawn(process.execPath, args, { cwd: options.cwd, env: options.env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const keep = (chunk: Buffer) => {
    output += chunk.toString();
    if (isE2eVerbose()) process.stderr.write(chunk);
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return {
    pid: child.pid,
    output: () => output,
    exitCode: () => child.exitCode,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), options.killAfterMs);
      await exited;
      clearTimeout(timer);
    },
  };
}
