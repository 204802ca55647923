// The dashboard's one job sender (send "check now" jobs, read their state).
import { createJobSender, type JobSender } from "@ratecard/queue";
import { readEnv } from "./env";
import { processSingleton } from "./process-singleton";

export function getJobSender(): JobSender {
  return processSingleton("queue", () => createJobSender({ databaseUrl: readEnv().DATABASE_URL, log: (line) => console.error(line) }));
}
