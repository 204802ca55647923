// Absolute times in UTC, so the page reads the same wherever the server runs.
export function formatTimestamp(date: Date): string {
  return `${date.toISOString().slice(0, 19).replace("T", " ")} UTC`;
}
