// "$10.00 per 1M tokens": the amount as the change sentence spells it.

const SYMBOLS: Record<string, string> = { USD: "$", EUR: "€", CNY: "¥", GBP: "£", JPY: "¥" };

export function formatPrice(value: number | null, currency: string | null, unit: string | null): string {
  if (value === null || !Number.isFinite(value)) return "—";
  const code = (currency ?? "USD").toUpperCase();
  let decimals = 2;
  while (decimals < 12 && Math.abs(Number(value.toFixed(decimals)) - value) > 1e-9 * Math.abs(value)) decimals++;
  const digits = Math.abs(value).toLocaleString("en-US", { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  const symbol = SYMBOLS[code];
  const amount = `${value < 0 ? "−" : ""}${symbol ? `${symbol}${digits}` : `${digits} ${code}`}`;
  return unit ? `${amount} per ${unit}` : amount;
}
