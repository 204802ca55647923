// Where a "check now" request stands: pg-boss's job state, and once done the check row it recorded.
import { checkJobForKind, QueueNotReadyError, type JobStatus } from "@ratecard/queue";
import { findCheckResult, isUuid, type CheckResultView, type Source } from "@ratecard/db";
import { getDb } from "../db";
import { getJobSender } from "../queue";

/** A job nobody has taken after this long means no worker is running. */
export const UNCLAIMED_AFTER_MS = 60_000;

export type CheckRequest =
  | { state: "unknown" }
  | { state: "queue-unavailable"; message: string }
  | { state: "waiting"; job: JobStatus; unclaimed: boolean }
  | { state: "running"; job: JobStatus }
  | { state: "done"; job: JobStatus; result: CheckResultView | null }
  | { state: "failed"; job: JobStatus; message: string };

export async function loadCheckRequest(source: Source, jobId: string, now: Date): Promise<CheckRequest> {
  if (!isUuid(jobId)) return { state: "unknown" };
  let job: JobStatus | null;
  try {
    job = await getJobSender().getJob(checkJobForKind(source.kind), jobId);
  } catch (error) {
    if (error instanceof QueueNotReadyError) return { state: "queue-unavailable", message: error.message };
    throw error;
  }
  // Only this source's jobs: another source's job id in the address shows nothing.
  if (!job || (job.data as { sourceId?: unknown } | null)?.sourceId !== source.id) return { state: "unknown" };
  switch (job.state) {
    case "created":
    case "retry":
      return { state: "waiting", job, unclaimed: job.state === "created" && now.getTime() - job.createdOn.getTime() > UNCLAIMED_AFTER_MS };
    case "active":
      return { state: "running", job };
    case "completed":
      return { state: "done", job, result: job.output.checkId ? await findCheckResult(getDb(), source.id, job.output.checkId) : null };
    case "failed":
    case "cancelled":
      return { state: "failed", job, message: job.output.message ?? job.state };
  }
}
