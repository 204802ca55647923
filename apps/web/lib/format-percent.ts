// A signed percent change ("+25%", "-20%", "-33.33%").
export function formatPercent(value: number): string {
  const text = `${Math.abs(value).toLocaleString("en-US", { maximumFractionDigits: 2 })}%`;
  return value > 0 ? `+${text}` : value < 0 ? `-${text}` : text;
}
