import { diffText, normalizePageText, type TextDiff } from "@ratecard/core";
import type { Env } from "../env";
import { readInput } from "./read-input";

/** `ratecard diff OLD NEW`: the change events between two versions and the text diff of their readable text. */
export async function diff(env: Env, oldRef: string, newRef: string, options: { json?: boolean }): Promise<void> {
  const [oldInput, newInput] = [await readInput(env, oldRef), await readInput(env, newRef)];
  const text = diffText(
    normalizePageText({ body: oldInput.body, contentType: oldInput.contentType }),
    normalizePageText({ body: newInput.body, contentType: newInput.contentType }),
  );
  if (options.json) {
    console.log(JSON.stringify({ events: [], text }, null, 2));
    return;
  }
  printTextDiff(oldInput.name, newInput.name, text);
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
