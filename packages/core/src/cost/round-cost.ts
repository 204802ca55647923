// Money rounding for cost results: half away from zero, after dropping float noise.

export function roundCost(value: number, decimals: number): number {
  const clean = Number(Math.abs(value).toPrecision(15));
  const factor = 10 ** decimals;
  const rounded = (Math.sign(value) * Math.round(clean * factor)) / factor;
  return rounded === 0 ? 0 : rounded;
}
