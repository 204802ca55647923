/** A download's file name: `ratecard-<what>-<YYYY-MM-DD>.<ext>`, dated in UTC. */
export function exportFileName(what: string, format: "csv" | "json", now: Date): string {
  return `ratecard-${what}-${now.toISOString().slice(0, 10)}.${format}`;
}
