import type { JobDefinition } from "../job-definition";
import { checkSourceJob } from "./check-source-job";
import { collectDiscordJob } from "./collect-discord-job";
import { collectRepoJob, collectReposJob } from "./collect-repo-job";

/** Every queue the workers serve; starting a queue creates them all. */
export const ALL_JOBS: readonly JobDefinition[] = [checkSourceJob, collectRepoJob, collectReposJob, collectDiscordJob] as JobDefinition[];
