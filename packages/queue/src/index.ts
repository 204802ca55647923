export type { JobDefinition, JobOutcome } from "./job-definition";
export { sourceSlotPayload, type SourceSlotPayload } from "./jobs/source-slot-payload";
export { checkSourceJob } from "./jobs/check-source-job";
export { collectRepoJob, collectReposJob } from "./jobs/collect-repo-job";
export { collectDiscordJob } from "./jobs/collect-discord-job";
export { ALL_JOBS } from "./jobs/all-jobs";
export { checkJobForKind } from "./jobs/check-job-for-kind";
export { createQueue, type Queue, type Attempt } from "./create-queue";
export { createJobSender, QueueNotReadyError, type JobSender, type JobStatus } from "./create-job-sender";
