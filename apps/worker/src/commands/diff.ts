import { comparePriceCards, describeChangeEvent, diffText, type TextDiff } from "@ratecard/core";
import type { Env } from "../env";
import { readCard } from "./read-card";
import { readInput } from "./read-input";

/** `ratecard diff OLD NEW`: the change events between two versions and the text diff of their readable text. */
export async function diff(env: Env, oldRef: string, newRef: string, options: { provider?: string; json?: boolean }): Promise<void> {
  const provider = options.provider ?? null;
  const before = readCard(await readInput(env, oldRef), provider);
  const after = readCard(await readInput(env, newRef), provider);
  const events = comparePriceCards(before.card, after.card);
  const text = diffText(before.text, after.text);
  if (options.json) {
    console.log(JSON.stringify({ events, text }, null, 2));
    return;
  }
  for (const status of [before, after].map((side) => side.card.status).filter((s) => s !== "ok")) {
    console.log(`note: a page's price card is '${status}', so no price events are computed for it`);
  }
  if (events.length === 0) console.log("no price changes");
  for (const event of events) console.log(`• ${describeChangeEvent(event, provider)}`);
  console.log("");
  printTextDiff(oldRef, newRef, text);
}

export function printTextDiff(oldName: string, newName: string, text: TextDiff): void {
  if (text.hunks.length === 0) {
    console.log("no differences in the readable text");
    return;
  }
  const color = process.stdout.isTTY;
  const paint = (code: number, s: string) => (color ? `\x1b[${code}m${s}\x1b[0m` : s);
  console.log(`--- ${oldName}\n+++ ${newName}`);
  for (const hunk of text.hunks) {
    console.log(paint(36, `@@ -${hunk.oldStart},${hunk.oldLines} +${hunk.newStart},${hunk.newLines} @@`));
    for (const line of hunk.lines) {
      if (line.op === "add") console.log(paint(32, `+${line.text}`));
      else if (line.op === "remove") console.log(paint(31, `-${line.text}`));
      else console.log(` ${line.text}`);
    }
  }
  console.log(`${text.added} added, ${text.removed} removed`);
}
