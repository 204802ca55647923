import type { JobDefinition } from "../job-definition";
import { checkSourceJob } from "./check-source-job";
import { collectDiscordJob } from "./collect-discord-job";
import { collectRepoJob } from "./collect-repo-job";
import type { SourceSlotPayload } from "./source-slot-payload";

/** The job that checks one source of this kind by itself ("check now"). */
export function checkJobForKind(kind: "page" | "registry" | "github_repo" | "discord_invite"): JobDefinition<SourceSlotPayload> {
  switch (kind) {
    case "page":
    case "registry":
      return checkSourceJob;
    case "github_repo":
      return collectRepoJob;
    case "discord_invite":
      return collectDiscordJob;
  }
}
