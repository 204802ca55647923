// The metrics the traction page charts, as the worker's collectors name them, with the words the page uses.
export const TRACTION_METRICS = [
  { metric: "stars", label: "stars" },
  { metric: "forks", label: "forks" },
  { metric: "contributors", label: "contributors" },
  { metric: "watchers", label: "watchers" },
  { metric: "open_issues", label: "open issues" },
  { metric: "commits_30d", label: "commits in 30 days" },
  { metric: "discord_members", label: "members" },
  { metric: "discord_online", label: "members online" },
] as const;

export function tractionMetricLabel(metric: string): string {
  return TRACTION_METRICS.find((entry) => entry.metric === metric)?.label ?? metric.replace(/_/g, " ");
}
