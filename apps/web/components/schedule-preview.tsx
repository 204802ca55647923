"use client";
// The schedule in words and its next runs, recomputed as the admin types (core's schedule code is pure,
// so it runs here in the browser; the start time comes from the server so both renders agree).
import { defaultSchedule, nextRuns, parseSchedule, type ScheduleSourceKind } from "@ratecard/core/schedule";
import { describeSchedule } from "../lib/describe-schedule";
import { formatTimestamp } from "../lib/format-timestamp";

export function SchedulePreview({ expression, kind, from }: { expression: string; kind: ScheduleSourceKind; from: string }) {
  const given = expression.trim() !== "";
  const parsed = parseSchedule(given ? expression : defaultSchedule(kind));
  if (!parsed.ok) {
    return (
      <p data-testid="schedule-preview" className="text-xs text-red-700">
        {parsed.error}
      </p>
    );
  }
  const runs = nextRuns(parsed.expression, new Date(from), 5);
  return (
    <div data-testid="schedule-preview" className="space-y-1 text-xs text-slate-600">
      <p>
        <span className="font-medium text-slate-800">{describeSchedule(parsed.expression)}</span>
        {!given && <span> — the default for this kind</span>}
      </p>
      <p className="text-slate-500">Next runs:</p>
      <ol className="list-inside list-decimal font-mono tabular-nums">
        {runs.map((run) => (
          <li key={run.toISOString()}>{formatTimestamp(run)}</li>
        ))}
      </ol>
    </div>
  );
}
