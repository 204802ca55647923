import type { SourceWithLastCheck } from "@ratecard/db";

export const WATCH_LIST_STATUSES = [
  { value: "failing", label: "Failing or blocked" },
  { value: "paused", label: "Paused" },
  { value: "never", label: "Never checked" },
] as const;
export type WatchListStatus = (typeof WATCH_LIST_STATUSES)[number]["value"];

export interface WatchListFilter {
  /** Case-insensitive part of the name, URL or provider. */
  text?: string;
  kind?: string;
  status?: WatchListStatus;
}

/** The watch list's rows that match the filter (the sources table is small; the page renders one slice). */
export function filterWatchList(rows: SourceWithLastCheck[], filter: WatchListFilter): SourceWithLastCheck[] {
  const needle = filter.text?.trim().toLowerCase() ?? "";
  return rows.filter(({ source, lastCheck }) => {
    if (needle && ![source.name, source.url, source.provider ?? ""].some((value) => value.toLowerCase().includes(needle))) return false;
    if (filter.kind && source.kind !== filter.kind) return false;
    if (filter.status === "failing" && lastCheck?.outcome !== "failed" && lastCheck?.outcome !== "blocked") return false;
    if (filter.status === "paused" && source.enabled) return false;
    if (filter.status === "never" && lastCheck) return false;
    return true;
  });
}
