// The dimensions a label lists in order, one per price of its cells: "Price (In / Cached / Out)",
// "Input/Output", "In/Out MToken".
import { classifyLabel } from "./classify-label";
import { isDimensional } from "./is-dimensional";
import type { Traits } from "./types";

/** The dimensions a label lists in order ("Price (In / Cached / Out)", "Input/Output"), or [] when it lists none. */
export function listedDimensions(label: string): Traits[] {
  const inner = /\(([^()]*\/[^()]*)\)\s*$/.exec(label)?.[1] ?? label;
  const parts = inner.split(/\s*\/\s*/);
  if (parts.length < 2) return [];
  const traits = parts.map((part) => classifyLabel(part.replace(/\b(?:per\s+)?(?:1\s*)?m\s?tok(?:ens?)?\b|\bper\s+(?:1\s*m|million)\s+tokens?\b/gi, "").trim()));
  return traits.every(isDimensional) && new Set(traits.map((t) => `${t.io}|${t.cache}`)).size === traits.length ? traits : [];
}

