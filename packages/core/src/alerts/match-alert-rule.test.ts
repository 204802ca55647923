import { describe, expect, it } from "vitest";
import { matchAlertRule } from "./match-alert-rule";
import { matchFailureRule } from "./match-failure-rule";
import type { AlertRuleFilter, AlertSubjectEvent } from "./types";

const any: AlertRuleFilter = { sourceIds: [], providers: [], modelPatterns: [], eventKinds: [], minPctChange: null, direction: null };
const cut: AlertSubjectEvent = { sourceId: "s1", kind: "price_decrease", provider: "anthropic", model: "Claude Opus 4.6", pctChange: -50 };
const rise: AlertSubjectEvent = { sourceId: "s2", kind: "price_increase", provider: "openai", model: "gpt-5-mini", pctChange: 8 };
const added: AlertSubjectEvent = { sourceId: "s1", kind: "model_added", provider: "anthropic", model: "Claude Haiku 5", pctChange: null };

describe("matchAlertRule", () => {
  it("passes every event when the rule sets no filter", () => {
    expect([cut, rise, added].every((e) => matchAlertRule(any, e))).toBe(true);
  });
  it("filters by source", () => {
    const rule = { ...any, sourceIds: ["s2"] };
    expect([cut, rise, added].map((e) => matchAlertRule(rule, e))).toEqual([false, true, false]);
  });
  it("filters by provider, case-insensitively", () => {
    const rule = { ...any, providers: ["Anthropic"] };
    expect([cut, rise, added].map((e) => matchAlertRule(rule, e))).toEqual([true, false, true]);
    expect(matchAlertRule(rule, { ...cut, provider: null })).toBe(false);
  });
  it("filters by model glob, case-insensitively, and on the name before a rename", () => {
    const rule = { ...any, modelPatterns: ["claude-opus*", "GPT-5-?ini"] };
    expect(matchAlertRule(rule, { ...cut, model: "claude-opus-4-6" })).toBe(true);
    expect(matchAlertRule(rule, cut)).toBe(false); // "Claude Opus 4.6" has a space, not a dash
    expect(matchAlertRule({ ...any, modelPatterns: ["claude opus *"] }, cut)).toBe(true);
    expect(matchAlertRule(rule, rise)).toBe(true);
    expect(matchAlertRule(rule, { ...added, kind: "model_renamed", model: "Claude X", previousModel: "claude-opus-4" })).toBe(true);
    expect(matchAlertRule({ ...any, modelPatterns: ["gpt-5"] }, rise)).toBe(false); // no wildcard: the whole name
    expect(matchAlertRule({ ...any, modelPatterns: ["a.b"] }, { ...rise, model: "axb" })).toBe(false); // dots are literal
  });
  it("filters by event kind", () => {
    const rule = { ...any, eventKinds: ["price_increase", "model_added"] };
    expect([cut, rise, added].map((e) => matchAlertRule(rule, e))).toEqual([false, true, true]);
  });
  it("filters by minimum percent change either way; events without a percent pass", () => {
    const rule = { ...any, minPctChange: 10 };
    expect([cut, rise, added].map((e) => matchAlertRule(rule, e))).toEqual([true, false, true]);
    expect(matchAlertRule(rule, { ...rise, pctChange: 10 })).toBe(true);
  });
  it("filters by direction", () => {
    const up = { ...any, direction: "up" as const };
    const down = { ...any, direction: "down" as const };
    expect([cut, rise].map((e) => matchAlertRule(up, e))).toEqual([false, true]);
    expect([cut, rise].map((e) => matchAlertRule(down, e))).toEqual([true, false]);
    expect(matchAlertRule(up, { ...cut, pctChange: null })).toBe(false);
  });
  it("combines filters: all must pass", () => {
    const rule = { ...any, providers: ["anthropic"], direction: "down" as const, minPctChange: 20, eventKinds: ["price_decrease"] };
    expect(matchAlertRule(rule, cut)).toBe(true);
    expect(matchAlertRule(rule, { ...cut, pctChange: -5 })).toBe(false);
  });
});

describe("matchFailureRule", () => {
  it("applies source, provider and kind filters to failing sources", () => {
    const source = { id: "s1", provider: "anthropic" };
    expect(matchFailureRule(any, source)).toBe(true);
    expect(matchFailureRule({ ...any, sourceIds: ["s2"] }, source)).toBe(false);
    expect(matchFailureRule({ ...any, providers: ["openai"] }, source)).toBe(false);
    expect(matchFailureRule({ ...any, eventKinds: ["price_decrease"] }, source)).toBe(false);
    expect(matchFailureRule({ ...any, eventKinds: ["source_failure"] }, source)).toBe(true);
    expect(matchFailureRule({ ...any, eventKinds: ["extraction_degraded"] }, source)).toBe(false);
  });

  it("matches degraded extraction for rules with no kinds or naming extraction_degraded", () => {
    const source = { id: "s1", provider: "anthropic" };
    expect(matchFailureRule(any, source, "extraction_degraded")).toBe(true);
    expect(matchFailureRule({ ...any, eventKinds: ["extraction_degraded"] }, source, "extraction_degraded")).toBe(true);
    expect(matchFailureRule({ ...any, eventKinds: ["source_failure", "price_decrease"] }, source, "extraction_degraded")).toBe(false);
    expect(matchFailureRule({ ...any, eventKinds: ["extraction_degraded"], providers: ["openai"] }, source, "extraction_degraded")).toBe(false);
  });
});
