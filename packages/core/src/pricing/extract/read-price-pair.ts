// "$3 / $15 per MTok", "$0.20$1.50" under a price column that names no dimension: the convention of pricing
// pages is input first, output second. Gives the pair those directions and the second price's unit to the
// first when it states none.
import { isDimensional } from "./is-dimensional";
import type { PriceMention } from "./types";

function hasDimension(m: PriceMention): boolean {
  return [m.label, m.note].some((x) => isDimensional(x) || x.tier !== undefined);
}

/** `label`: the header or row label over the pair; when it names both directions ("Output / Input"), its order is the pair's. */
export function readPricePair(mentions: PriceMention[], columnUnit?: string, label = ""): PriceMention[] {
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
