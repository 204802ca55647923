// A long-running process never fails silently and never dies of a stray rejection: unhandled
// rejections (pg-boss 10 does not await its complete()/fail() calls) and uncaught exceptions are
// reported as one line. An uncaught exception that is not a lost database connection leaves the
// process in an unknown state, so it also asks for the usual graceful stop (SIGTERM) with exit status 1.
import { isConnectionError } from "@ratecard/queue";

export function installFaultHandlers(report: (error: unknown, context: string) => void): () => void {
  const onRejection = (reason: unknown) => report(reason, "unhandled rejection");
  const onException = (error: unknown) => {
    report(error, "uncaught exception");
    if (isConnectionError(error)) return;
    process.exitCode = 1;
    process.kill(process.pid, "SIGTERM");
  };
  process.on("unhandledRejection", onRejection);
  process.on("uncaughtException", onException);
  return () => {
    process.off("unhandledRejection", onRejection);
    process.off("uncaughtException", onException);
  };
}
