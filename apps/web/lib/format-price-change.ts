// "$0.25 → $0.20" for a price change event: USD as people quote it, other currencies with their code.
import type { ChangeEvent } from "@ratecard/core";
import { formatUsd } from "./format-usd";

export function formatPriceChange(event: Pick<ChangeEvent, "old" | "new" | "currency">): string | null {
  if (typeof event.old !== "number" || typeof event.new !== "number") return null;
  const currency = (event.currency ?? "USD").toUpperCase();
  const format = (value: number) => (currency === "USD" ? formatUsd(value) : `${value.toLocaleString("en-US", { maximumFractionDigits: 6 })} ${currency}`);
  return `${format(event.old)} → ${format(event.new)}`;
}
