// Prices as people quote them: at least cents, and as many decimals as the price has ($0.075, $15.00).
export function formatUsd(value: number): string {
  return `$${value.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 6 })}`;
}
