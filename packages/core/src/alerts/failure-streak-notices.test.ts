import { describe, expect, it } from "vitest";
import { failureStreakNotices } from "./failure-streak-notices";
import { summariseFailureStreak, type CheckOutcomeRow } from "./summarise-failure-streak";

let n = 0;
const check = (outcome: string): CheckOutcomeRow => ({ id: `c${++n}`, outcome, startedAt: new Date(Date.UTC(2026, 0, 1, 0, n)) });
const keys = (checks: CheckOutcomeRow[], threshold: number | null = null) =>
  failureStreakNotices("src", summariseFailureStreak(checks), threshold).map((notice) => notice.dedupeKey);

describe("failure streaks", () => {
  it("alerts once a source has failed three times in a row, keyed by the streak's first check", () => {
    const checks = [check("changed"), check("failed"), check("blocked")];
    expect(keys(checks)).toEqual([]);
    checks.push(check("failed"));
    expect(keys(checks)).toEqual([`failure:src:${checks[1]!.id}`]);
  });

  it("a fourth failure yields the same key, so no second alert", () => {
    const checks = [check("unchanged"), check("failed"), check("failed"), check("failed")];
    const before = keys(checks);
    checks.push(check("failed"));
    expect(keys(checks)).toEqual(before);
  });

  it("a good check after the streak adds one recovery; later good checks add nothing new", () => {
    const checks = [check("failed"), check("failed"), check("failed")];
    checks.push(check("unchanged"));
    const first = checks[0]!.id;
    expect(keys(checks)).toEqual([`failure:src:${first}`, `recovery:src:${first}`]);
    checks.push(check("changed"), check("unchanged"));
    expect(keys(checks)).toEqual([`failure:src:${first}`, `recovery:src:${first}`]);
  });

  it("short streaks never alert, and the threshold comes from the rule", () => {
    const checks = [check("changed"), check("failed"), check("failed"), check("unchanged")];
    expect(keys(checks)).toEqual([]);
    expect(keys(checks, 2)).toHaveLength(2);
  });

  it("a new streak after a recovery gets its own key", () => {
    const checks = [check("failed"), check("failed"), check("failed"), check("changed"), check("failed"), check("failed"), check("failed")];
    expect(keys(checks)).toEqual([`failure:src:${checks[4]!.id}`]);
  });
});
