import type { Source } from "@ratecard/db";
import type { ReactNode } from "react";
import { formatTimestamp } from "../lib/format-timestamp";
import { SafeExternalLink } from "./safe-external-link";

export function SourceDetails({ source }: { source: Source }) {
  const rows: [string, ReactNode][] = [
    ["Provider", source.provider ?? "—"],
    ["Kind", source.kind],
    ["URL", <SafeExternalLink key="url" href={source.url} />],
    ["Schedule", <code key="schedule" className="font-mono text-xs">{source.schedule}</code>],
    ["Fetch mode", source.fetchMode],
    ["Selector", source.selector ? <code key="selector" className="font-mono text-xs">{source.selector}</code> : "whole page"],
    ["Ignore patterns", source.ignorePatterns.length > 0 ? source.ignorePatterns.join(", ") : "none"],
    ["Status", source.enabled ? "active" : "paused"],
    ["Added", formatTimestamp(source.createdAt)],
  ];
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-3 rounded-lg border border-slate-200 bg-white p-4 text-sm shadow-sm sm:grid-cols-2 lg:grid-cols-3">
      {rows.map(([label, value]) => (
        <div key={label} className="min-w-0">
          <dt className="text-xs font-medium tracking-wide text-slate-500 uppercase">{label}</dt>
          <dd className="mt-0.5 break-words text-slate-800">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
