// The one line the CLI prints for an error. Messages may start with a newline or carry a code frame:
// Prisma's read "\nInvalid `db.x.y()` invocation in\n<file>\n\n<code>\n<what went wrong>", so for those the
// last non-empty line is the one that says what happened; for any other error, its first non-empty line.
export function errorLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const lines = message
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "");
  const prismaInvocation = /^Invalid `[^`]+` invocation/.test(lines[0] ?? "");
  const line = (prismaInvocation ? lines.at(-1) : lines[0]) ?? "";
  if (line !== "") return line;
  return error instanceof Error && error.name !== "Error" ? error.name : "unknown error (set RATECARD_DEBUG=1 for details)";
}
