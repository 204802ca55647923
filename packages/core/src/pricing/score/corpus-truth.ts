// What a corpus page's truth file says (written by a person reading the page), and a pair's events.
import { z } from "zod";

const decimal = z.string().regex(/^\d+(?:\.\d+)?$/, "a decimal string such as \"0.15\"");

export const truthPriceSchema = z.object({
  model: z.string().min(1),
  dimension: z.string().min(1),
  tier: z.string().min(1).default("standard"),
  contextAbove: z.number().int().positive().nullable().optional(),
  usdPer1M: decimal,
});

export const pageTruthSchema = z.object({
  provider: z.string().min(1),
  format: z.enum(["html", "markdown", "text", "json", "yaml"]),
  layout: z.string().min(1),
  status: z.enum(["ok", "blocked", "not-pricing"]),
  /** Every USD token price on the page is listed (so extra extracted prices are errors). */
  complete: z.boolean().default(false),
  prices: z.array(truthPriceSchema).default([]),
  notes: z.string().optional(),
});

export const truthEventSchema = z.object({
  kind: z.string().min(1),
  model: z.string().min(1),
  dimension: z.string().nullable().optional(),
  tier: z.string().nullable().optional(),
  contextAbove: z.number().nullable().optional(),
  old: decimal.nullable().optional(),
  new: decimal.nullable().optional(),
});

export const pairTruthSchema = z.object({ old: z.string(), new: z.string(), events: z.array(truthEventSchema), notes: z.string().optional() });

export type TruthPrice = z.infer<typeof truthPriceSchema>;
export type PageTruth = z.infer<typeof pageTruthSchema>;
export type TruthEvent = z.infer<typeof truthEventSchema>;
export type PairTruth = z.infer<typeof pairTruthSchema>;
