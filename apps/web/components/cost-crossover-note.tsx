// Next to the cost chart, in words: where the cheapest model changes, or that it never does in the range.
import type { CostCurves } from "@ratecard/core";
import { formatUsd } from "../lib/format-usd";

const tasks = (volume: number) => `${volume.toLocaleString("en-US")} tasks a month`;

export function CostCrossoverNote({ curves }: { curves: CostCurves }) {
  const first = curves.cheapest[0];
  const last = curves.cheapest.at(-1);
  if (!first || !last) return null;
  const range = `between ${tasks(first.volume)} and ${tasks(last.volume)}`;
  if (curves.crossovers.length === 0) {
    return (
      <p data-testid="crossover-note" className="text-sm text-slate-700">
        The cheapest model never changes {range}: {first.provider} {first.model} costs least at every volume (prices per token and per request
        grow in step with volume; only a fixed monthly fee can make another model win at high volume).
      </p>
    );
  }
  return (
    <div data-testid="crossover-note" className="text-sm text-slate-700">
      <p>
        The cheapest model changes {curves.crossovers.length === 1 ? "once" : `${curves.crossovers.length} times`} {range}, starting with{" "}
        {first.provider} {first.model}:
      </p>
      <ul className="mt-1 list-disc space-y-0.5 pl-6">
        {curves.crossovers.map((crossover) => {
          const at = curves.cheapest.find((cheapest) => cheapest.volume === crossover.volume);
          return (
            <li key={`${crossover.volume}-${crossover.to.model}`} data-crossover={crossover.volume}>
              from {tasks(crossover.volume)}
              {at ? ` (${formatUsd(Math.round(at.cost * 100) / 100)} a month)` : ""}: {crossover.to.provider} {crossover.to.model} instead of{" "}
              {crossover.from.provider} {crossover.from.model}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
