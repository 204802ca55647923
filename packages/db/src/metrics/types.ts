import type { Prisma } from "../generated/prisma/client";

/** A metric value to store: one row per (source, metric, at); writing the same key again replaces it. */
export interface MetricSampleInput {
  metric: string;
  value: number;
  at: Date;
  estimated?: boolean;
  meta?: Prisma.InputJsonValue | null;
}
