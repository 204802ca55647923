// A numeric query parameter, or the fallback when it is absent, empty or not a non-negative number.
export function parseNumberParam(value: string | undefined, fallback: number): number {
  if (value === undefined || value.trim() === "") return fallback;
  const n = Number(value.replace(/[_,\s]/g, ""));
  return Number.isFinite(n) && n >= 0 ? n : fallback;
}
