// Random and hostile cron strings: parseSchedule answers each with ok or a validation message (never
// a throw, never a hang), and what it accepts, previousSlot and nextRuns evaluate.
import { describe, expect, it } from "vitest";
import { nextRuns } from "./next-runs";
import { parseSchedule } from "./parse-schedule";
import { previousSlot } from "./previous-slot";

/** A small seeded generator (mulberry32), so a failure names an input that can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = ["*", "*/", "/", ",", "-", " ", "  ", "\t", "0", "1", "5", "7", "12", "23", "29", "30", "31", "59", "60", "99", "jan", "feb", "mon", "sun", "L", "W", "#", "?", "@", "@daily", "@yearly", "h", "H", "9999999999999999999999", "-1", "1e3", "0x1f", "٣", "\u0000", "\n"];

// Mostly plausible field parts (with a few wrong ones), for five-field strings.
const FIELD_PIECES = ["*", "*/5", "0", "1", "2", "7", "12", "23", "29", "30", "31", "59", "1-5", "mon-fri", "jan-mar", "sun", ",1", ",15", "/2", "-3", "60", "L", "?"];

function randomCron(next: () => number): string {
  const pick = (from: string[]) => from[Math.floor(next() * from.length)]!;
  // Half of them five fields, so that many reach the field checks and cron-parser.
  if (next() < 0.5) return Array.from({ length: 5 }, () => Array.from({ length: next() < 0.75 ? 1 : 2 + Math.floor(next() * 2) }, () => pick(FIELD_PIECES)).join("")).join(" ");
  const length = 1 + Math.floor(next() * 14);
  let out = "";
  for (let i = 0; i < length; i++) out += PIECES[Math.floor(next() * PIECES.length)];
  return out;
}

/** Whether it was accepted; either way it must have been answered properly. */
function expectAnswered(expression: string): boolean {
  const result = parseSchedule(expression);
  if (result.ok) {
    const from = new Date(Date.UTC(2026, 5, 15, 12, 34));
    expect(previousSlot(result.expression, from).getTime()).toBeLessThanOrEqual(from.getTime());
    expect(nextRuns(result.expression, from, 3)).toHaveLength(3);
    return true;
  }
  expect(result.error).toMatch(/^cron expression /);
  expect(result.error.length).toBeLessThan(700);
  return false;
}

describe("parseSchedule under fuzzing", () => {
  it("answers 5,000 random strings of cron pieces with ok or a validation message", () => {
    const next = random(20261203);
    let accepted = 0;
    for (let i = 0; i < 5_000; i++) {
      const expression = randomCron(next);
      try {
        if (expectAnswered(expression)) accepted++;
      } catch (error) {
        throw new Error(`input #${i} ${JSON.stringify(expression)}: ${(error as Error).message}`);
      }
    }
    // Enough of them valid for the evaluation path to be fuzzed too.
    expect(accepted).toBeGreaterThan(10);
  });

  it("answers hostile strings: huge, numeric overflow, impossible dates, lists and ranges at scale", () => {
    const hostile = [
      "",
      " ".repeat(10_000),
      "*".repeat(100_000),
      `${"1,".repeat(50_000)}1 * * * *`,
      "9999999999999999999999 * * * *",
      "0 0 30 2 *",
      "0 0 31 4,6,9,11 *",
      "0 0 29 2 *",
      "*/1 */1 */1 */1 */1",
      "0-59/1 0-23 1-31 1-12 0-7",
      "59-0 * * * *",
      "* * * * * * *",
      "@every 5s",
      "@reboot",
      "0 0 L * *",
      "0 0 15W * *",
      "0 0 * * 5#3",
      "0 0 ? * *",
      "0\u00000 * * *",
      "٣ * * * *",
      "-1 * * * *",
      "1-2-3 * * * *",
      "*/*/* * * * *",
      "a".repeat(5_000),
    ];
    for (const expression of hostile) expectAnswered(expression);
  });

  it("does not echo an overlong expression into its message", () => {
    const result = parseSchedule(`${"1,".repeat(50_000)}1 * * * *`);
    expect(result).toEqual({ ok: false, error: "cron expression is 100,009 characters long; the limit is 256" });
  });
});
