/** Where to go after signing in: only a same-site relative path, never `//host` or `/\host`; otherwise "/". */
export function safeNextPath(value: unknown): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return "/";
  if (value.includes("\\") || [...value].some((char) => char.charCodeAt(0) < 0x20)) return "/";
  return value;
}
