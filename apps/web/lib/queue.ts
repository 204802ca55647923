// The dashboard's one job sender (send "check now" jobs, read their state), created on first use and kept
// on globalThis like the database client, so hot reloads and builds open no extra connections.
import { createJobSender, type JobSender } from "@ratecard/queue";
import { readEnv } from "./env";

const holder = globalThis as typeof globalThis & { ratecardDashboardQueue?: JobSender };

export function getJobSender(): JobSender {
  holder.ratecardDashboardQueue ??= createJobSender({ databaseUrl: readEnv().DATABASE_URL, log: (line) => console.error(line) });
  return holder.ratecardDashboardQueue;
}
