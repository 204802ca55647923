// Expands a cell naming several models: "Claude Sonnet 4.6 / 4.5 / 4" -> Claude Sonnet 4.6, Claude Sonnet 4.5, Claude Sonnet 4.
import { cleanModelName } from "../models/clean-model-name";

const VERSION = /^v?\d+(?:\.\d+)*[a-z]?$/i;
const API_ID = /^[a-z][a-z0-9]*(?:[-_.][a-z0-9]+)+$/;

export function splitModelNames(raw: string): string[] {
  // "Opus 4.1/4/3": versions joined by a bare slash (never "meta-llama/Llama-3", whose part after it is a name).
  const name = cleanModelName(raw).replace(/(\d[\w.]*)\/(?=v?\d+(?:\.\d+)*[a-z]?(?:\/|$|\s))/gi, "$1 / ");
  const parts = name.split(/\s*(?:\s\/\s|,\s*(?:and\s+)?|\s+and\s+|\s*&\s+)\s*/).map((p) => p.trim()).filter((p) => p !== "");
  if (parts.length < 2) return name === "" ? [] : [name];
  const first = parts[0]!;
  // Only a list of versions or of named models splits; "Grounding with Search, & Web" does not.
  const family = first.replace(/\s*v?\d+(?:\.\d+)*[a-z]?$/i, "");
  if (family === first) return [name];
  const out: string[] = [first];
  for (const part of parts.slice(1)) {
    if (VERSION.test(part)) out.push(`${family} ${part}`);
    else if (/\d/.test(part) && /[a-z]/i.test(part)) out.push(part);
    // "bu-1-0 / bu-latest (Default)": an alias written as an API id beside one.
    else if (API_ID.test(first) && API_ID.test(part.replace(/\s*\([^()]*\)$/, ""))) out.push(part);
    else return [name];
  }
  return out;
}
