// Check durations stay in milliseconds (what the worker measures), grouped for reading: "30,004 ms".
export function formatDuration(ms: number): string {
  return `${ms.toLocaleString("en-US")} ms`;
}
