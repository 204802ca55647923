// The percent change a change event carries: rounded to two decimals, null when there is no base.

export function percentChange(oldValue: number, newValue: number): number | null {
  if (oldValue === 0) return null;
  return roundHalfAwayFromZero(((newValue - oldValue) / oldValue) * 100, 2);
}

function roundHalfAwayFromZero(value: number, decimals: number): number {
  // toPrecision(12) first drops float noise such as 33.33499999999 before rounding.
  const clean = Number(Math.abs(value).toPrecision(12));
  const factor = 10 ** decimals;
  const rounded = (Math.sign(value) * Math.round(clean * factor)) / factor;
  return rounded === 0 ? 0 : rounded;
}
