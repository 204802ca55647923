// The schedule functions alone, for the browser (the dashboard's live preview) without the page parsers.
export { parseSchedule } from "./parse-schedule";
export type { ParseScheduleResult } from "./parse-schedule";
export { nextRuns } from "./next-runs";
export { defaultSchedule } from "./default-schedule";
export type { ScheduleSourceKind } from "./default-schedule";
