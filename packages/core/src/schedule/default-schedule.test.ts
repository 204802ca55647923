import { describe, expect, it } from "vitest";
import { defaultSchedule } from "./default-schedule";
import { parseSchedule } from "./parse-schedule";

describe("defaultSchedule", () => {
  it("polls pages and registries every 6 hours and repositories and Discord daily at 03:00", () => {
    expect(defaultSchedule("page")).toBe("0 */6 * * *");
    expect(defaultSchedule("registry")).toBe("0 */6 * * *");
    expect(defaultSchedule("github_repo")).toBe("0 3 * * *");
    expect(defaultSchedule("discord_invite")).toBe("0 3 * * *");
  });

  it("only hands out schedules that parse", () => {
    for (const kind of ["page", "registry", "github_repo", "discord_invite"] as const) {
      expect(parseSchedule(defaultSchedule(kind))).toEqual({ ok: true, expression: defaultSchedule(kind) });
    }
  });
});
