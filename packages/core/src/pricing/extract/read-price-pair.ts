// "$3 / $15 per MTok", "$0.20$1.50" under a price column that names no dimension: the convention of pricing
// pages is input first, output second. Gives the pair those directions and the second price's unit to the
// first when it states none.
import { isDimensional } from "./is-dimensional";
import { listedDimensions } from "./listed-dimensions";
import type { PriceMention } from "./types";

function hasDimension(m: PriceMention): boolean {
  return [m.label, m.note].some((x) => isDimensional(x) || x.tier !== undefined);
}

/** `label`: the header or row label over the pair; when it names both directions ("Output / Input"), its order is the pair's. */
export function readPricePair(statedMentions: PriceMention[], columnUnit?: string, label = ""): PriceMention[] {
  const mentions = shareTrailingUnit(statedMentions);
  const listed = readListedPrices(mentions, columnUnit, label);
  if (listed !== null) return listed;
  const priced = mentions.filter((m) => !m.approximate);
  if (priced.length !== 2 || priced.length !== mentions.length) return mentions;
  const [first, second] = priced as [PriceMention, PriceMention];
  if (hasDimension(first) || hasDimension(second) || first.currency !== second.currency) return mentions;
  // Only a bare separator between them: "/", "|", "-" or nothing ("$0.20$1.50").
  if (!/^[/|–-]?$/.test(first.noteText.trim())) return mentions;
  const unit = second.unit ?? first.unit ?? columnUnit ?? null;
  if (unit === null || !/tokens?$/.test(unit) || (first.unit !== null && first.unit !== unit)) return mentions;
  const inputAt = label.search(/\binput|\bprompt/i);
  const outputAt = label.search(/\boutput|\bcompletion/i);
  const [a, b] = inputAt >= 0 && outputAt >= 0 && outputAt < inputAt ? (["output", "input"] as const) : (["input", "output"] as const);
  return [
    { ...first, unit, note: { ...first.note, io: a } },
    { ...second, unit, note: { ...second.note, io: b } },
  ];
}

/**
 * "$2.50 / $1.25 / $10.00" under "Price (In / Cached / Out)": a cell of as many prices as its label lists
 * dimensions, with bare separators, gives each price its dimension in order (with or without a stated unit).
 */
function readListedPrices(mentions: PriceMention[], columnUnit: string | undefined, label: string): PriceMention[] | null {
  if (mentions.length < 2 || mentions.some((m) => m.approximate || hasDimension(m))) return null;
  const dimensions = listedDimensions(label);
  if (dimensions.length !== mentions.length) return null;
  if (mentions.slice(0, -1).some((m) => !/^[/|–-]?$/.test(m.noteText.trim())) || new Set(mentions.map((m) => m.currency)).size > 1) return null;
  const unit = mentions.find((m) => m.unit !== null)?.unit ?? columnUnit ?? null;
  return mentions.map((m, k) => {
    const { io, cache } = dimensions[k]!;
    return { ...m, unit: m.unit ?? unit, note: { ...m.note, ...(io !== undefined && { io }), ...(cache !== undefined && { cache }) } };
  });
}

/** "$0.23 (in) / $0.40 (out) per million tokens": prices joined by bare separators share the token unit only the last one states. */
function shareTrailingUnit(mentions: PriceMention[]): PriceMention[] {
  const last = mentions[mentions.length - 1];
  if (mentions.length < 2 || last?.unit == null || !/tokens?$/.test(last.unit)) return mentions;
  const before = mentions.slice(0, -1);
  if (before.some((m) => m.unit !== null || m.currency !== last.currency || !/^[/|–-]?$/.test(m.noteText.trim()))) return mentions;
  return mentions.map((m) => (m.unit === null ? { ...m, unit: last.unit } : m));
}
