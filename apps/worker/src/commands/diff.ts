import { describeChangeEvent, diffDocuments, diffText, type TextDiff } from "@ratecard/core";
import type { Env } from "../env";
import { readCard } from "./read-card";
import { readInput } from "./read-input";

/** `ratecard diff OLD NEW`: the change events between two versions and the text diff of their readable text. */
export async function diff(env: Env, oldRef: string, newRef: string, options: { provider?: string; json?: boolean }): Promise<void> {
  const provider = options.provider ?? null;
  const before = readCard(await readInput(env, oldRef), provider);
  const after = readCard(await readInput(env, newRef), provider);
  // Every event verified against both versions' text; what fails is an extraction gap, not an event.
  const { events, gaps, health } = diffDocuments(before, after);
  const text = diffText(before.text, after.text);
  if (options.json) {
    console.log(JSON.stringify({ events, gaps, health, text }, null, 2));
    return;
  }
  for (const status of [before, after].map((side) => side.card.status).filter((s) => s !== "ok")) {
    console.log(`note: a page's price card is '${status}', so no price events are computed for it`);
  }
  if (events.length === 0) console.log("no price changes");
  for (const event of events) console.log(`• ${describeChangeEvent(event, provider)}`);
  if (health.status === "degraded") {
    console.log(`note: the new version's card is degraded: ${health.lostPrices} of ${health.previousPrices} prices lost while the page still names ${health.lostModels.slice(0, 5).join(", ")}${health.lostModels.length > 5 ? ", ..." : ""}`);
  }
  if (gaps.length > 0) console.log(`extraction gaps (not reported as changes): ${gaps.length}`);
  for (const gap of gaps.slice(0, 10)) console.log(`  - ${gap.detail}`);
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
