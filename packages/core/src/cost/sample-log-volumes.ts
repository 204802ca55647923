// Tasks-per-month volumes spread evenly on a log axis, for the cost-against-volume chart.

/**
 * `perDecade` volumes per power of ten from `from` to `to` (both included), rounded to two
 * significant digits (1, 1.8, 3.2, 5.6, 10, 18, ...), plus any `include` volumes inside the range
 * (e.g. crossovers, so the chart bends exactly there); sorted, without duplicates.
 */
export function sampleLogVolumes(from: number, to: number, perDecade: number, include: readonly number[] = []): number[] {
  if (!(from > 0) || !(to >= from) || !(perDecade >= 1)) throw new Error(`volumes need 0 < from <= to and perDecade >= 1 (got ${from}, ${to}, ${perDecade})`);
  const start = Math.log10(from);
  const steps = Math.ceil((Math.log10(to) - start) * perDecade - 1e-9);
  const volumes = new Set<number>([from, to]);
  for (let step = 1; step < steps; step++) volumes.add(Number((10 ** (start + step / perDecade)).toPrecision(2)));
  for (const volume of include) if (volume >= from && volume <= to) volumes.add(volume);
  return [...volumes].sort((a, b) => a - b);
}
