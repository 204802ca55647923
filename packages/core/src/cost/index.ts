// Workload cost: what a task costs on each model, and how that changes with volume.
export { rankWorkloadCost } from "./rank-workload-cost";
export { forecastMonthlyCost } from "./forecast-cost";
export { crossoverVolumes } from "./crossover-volumes";
export type { CostCard, CostCrossover, CostModifier, CostRanking, CostRow, MonthlyCost, Workload } from "./types";
