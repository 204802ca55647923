export type ScheduleSourceKind = "page" | "registry" | "github_repo" | "discord_invite";

// Prices move a few times a year but are announced without warning, so pages are polled often;
// stars and member counts are trends, where one sample a day is enough.
export function defaultSchedule(kind: ScheduleSourceKind): string {
  switch (kind) {
    case "page":
    case "registry":
      return "0 */6 * * *";
    case "github_repo":
    case "discord_invite":
      return "0 3 * * *";
  }
}
