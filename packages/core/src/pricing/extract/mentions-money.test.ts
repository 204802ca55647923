import { describe, expect, it } from "vitest";
import { mentionsMoney } from "./mentions-money";

describe("mentionsMoney", () => {
  it.each(["$3", "US$ 0.5", "0.2€", "2元", "USD 3", "3 EUR", "￥1.5 / 百万tokens", "$0.20$0.50"])("%j states money", (text) => {
    expect(mentionsMoney(text)).toBe(true);
  });
  it.each(["Input (USD)", "$", "128K", "gpt-4o-2024-08-06", "EUROPE 3", "Price per 1M tokens"])("%j states none", (text) => {
    expect(mentionsMoney(text)).toBe(false);
  });
});
