// A page's text without the passages that name models only to retire them: a "Deprecated models"
// section, a table headed "Deprecation date", a line saying "GLM 4.6 is retired". A model the page names
// only there is no longer offered, so it does not keep a removed model on the page. A line that states a
// price stays wherever it is ("| Claude Opus 3 (deprecated) | $15 / MTok |" still prices the model), and so
// does a table row that qualifies its own model: only a table headed by the end is a retirement list.

import { lazyModelMentions, type ModelMentionIndex } from "./index-model-mentions";
import { mentionsMoney } from "../extract/mentions-money";

// The words of a model's end: deprecated, retired, sunset, discontinued, shut down, end of life (and the
// same in the languages pages are read in). "Deprecat" may be glued to the cell before it ("ModelDeprecation date").
const LIFECYCLE =
  /deprecat|\b(?:retir(?:ed|ing|ement|es)|sunset\w*|discontinu\w*|decommission\w*|shut(?:ting)?\s+down|end[- ]of[- ](?:life|support)|no\s+longer\s+(?:available|supported|offered|served)|veraltet\w*|abgekündigt|obsol[eè]te?s?|descontinuad[oa]s?|obsoletos?|dépréciés?)\b|已弃用|弃用|废弃|已下线|下线|非推奨|廃止/i;

const HEADING = /^(#{1,6})\s/;


function isTableLine(line: string): boolean {
  return line.trimStart().startsWith("|");
}

export function dropRetirementPassages(text: string): string {
  const lines = text.split("\n");
  const kept: string[] = [];
  // The level of the retirement heading whose section is being dropped (0: none).
  let droppingBelow = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heading = HEADING.exec(line);
    if (heading) {
      const level = heading[1]!.length;
      if (droppingBelow > 0 && level > droppingBelow) continue;
      droppingBelow = LIFECYCLE.test(line) ? level : 0;
      if (droppingBelow > 0) continue;
      kept.push(line);
      continue;
    }
    if (mentionsMoney(line)) {
      kept.push(line);
      continue;
    }
    if (droppingBelow > 0) continue;
    // A table whose header names the end ("| Model | Deprecation date |"): its rows go, but for priced ones.
    if (isTableLine(line) && (i === 0 || !isTableLine(lines[i - 1]!)) && LIFECYCLE.test(line)) {
      while (i + 1 < lines.length && isTableLine(lines[i + 1]!)) {
        i++;
        if (mentionsMoney(lines[i]!)) kept.push(lines[i]!);
      }
      continue;
    }
    if (isTableLine(line) || !LIFECYCLE.test(line)) kept.push(line);
  }
  return kept.join("\n");
}

/** The index of the models the page still offers (retirement passages dropped), built on first use. */
export function lazyOfferedModelMentions(text: string): () => ModelMentionIndex {
  return lazyModelMentions(text, dropRetirementPassages);
}
