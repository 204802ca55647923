// Whether an error means "the database cannot be reached right now" (refused, reset, shut down,
// starting up), as node-postgres, pg-boss and Prisma report it, rather than a problem with a query.
const CODES = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "EHOSTUNREACH", "ENOTFOUND", "57P01", "57P02", "57P03", "08000", "08001", "08003", "08004", "08006", "P1001", "P1002", "P1017"]);
const MESSAGES = /connect ECONNREFUSED|Connection terminated|Can't reach database server|terminating connection due to administrator command|the database system is (starting up|shutting down|in recovery mode)|Client has encountered a connection error|server closed the connection unexpectedly|Connection ended unexpectedly|Server has closed the connection/i;

export function isConnectionError(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    if (typeof current !== "object") return MESSAGES.test(String(current));
    const { code, message, cause, errors } = current as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown };
    if (typeof code === "string" && CODES.has(code)) return true;
    if (typeof message === "string" && MESSAGES.test(message)) return true;
    // An AggregateError (every address of "localhost" refused) counts when its parts do.
    if (Array.isArray(errors) && errors.length > 0 && errors.every((part) => isConnectionError(part))) return true;
    current = cause;
  }
  return false;
}
