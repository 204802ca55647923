// Workload cost: what a task costs on each model, and how that changes with volume.
export { rankWorkloadCost } from "./rank-workload-cost";
export { forecastMonthlyCost } from "./forecast-cost";
export { crossoverVolumes } from "./crossover-volumes";
export { sampleLogVolumes } from "./sample-log-volumes";
export { cheapestAtVolumes, type CheapestAtVolume } from "./cheapest-at-volumes";
export { buildCostCurves, type CostCurve, type CostCurveOptions, type CostCurves } from "./build-cost-curves";
export type { CostCard, CostCrossover, CostModifier, CostRanking, CostRow, MonthlyCost, Workload } from "./types";
