/** Round numbers a community is measured by: 100, 500, 1k, 5k, 10k, 25k, 50k, 100k, 250k, 500k, 1M, ... */
export function nextMilestone(current: number): number {
  const steps = [1, 2.5, 5];
  if (current < 100) return 100;
  if (current < 500) return 500;
  if (current < 1000) return 1000;
  // From 1k: 1k, 5k, 10k, 25k, 50k, 100k, 250k, 500k, 1M, 2.5M, ...
  for (let magnitude = 1000; ; magnitude *= 10) {
    for (const step of magnitude === 1000 ? [1, 5] : steps) {
      const milestone = step * magnitude;
      if (milestone > current) return milestone;
    }
  }
}
