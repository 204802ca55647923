// The version a model's name states: its numbers in order, up to a date stamp ("Gemini 3.1 Pro" 3.1,
// "claude-3-5-sonnet" 3.5, "gpt-4o-2024-08-06" 4). Two names whose stated versions differ are two
// releases, never one model renamed; a name that states none ("DeepSeek Chat") says nothing either way,
// and neither does a date stamp (a pinned snapshot of the same version).

/** The name's digit runs before any date stamp (four digits or more), joined by dots, without trailing zeros ("Opus 4.0" is 4; "" when it has none). */
export function modelVersion(name: string): string {
  const runs = name.normalize("NFKC").match(/\d+/g) ?? [];
  const stamp = runs.findIndex((digits) => digits.length >= 4);
  const parts = (stamp < 0 ? runs : runs.slice(0, stamp)).map((digits) => String(Number(digits)));
  while (parts.length > 1 && parts[parts.length - 1] === "0") parts.pop();
  return parts.join(".");
}

/** Whether the two names state different versions (both state one, and they differ). */
export function versionsDiffer(a: string, b: string): boolean {
  const left = modelVersion(a);
  const right = modelVersion(b);
  return left !== "" && right !== "" && left !== right;
}
