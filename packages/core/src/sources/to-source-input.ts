// Checks an entry's values (schedule, ignore patterns, URL) and turns it into what the sources table stores.
import { defaultSchedule } from "../schedule/default-schedule";
import { parseSchedule } from "../schedule/parse-schedule";
import { parseSourceUrl } from "./parse-source-url";
import type { SourceEntry, SourceEntryField } from "./source-entry-schema";
import { checkUrlLength } from "./url-length-limit";

export interface SourceEntryInput {
  kind: SourceEntry["kind"];
  name: string;
  url: string;
  provider: string | null;
  fetchMode: SourceEntry["fetch"];
  selector: string | null;
  ignorePatterns: string[];
  schedule: string;
  enabled: boolean;
}

export type ToSourceInputResult = { ok: true; input: SourceEntryInput } | { ok: false; field: SourceEntryField; error: string };

export function toSourceInput(entry: SourceEntry): ToSourceInputResult {
  const parsed = parseSchedule(entry.every ?? defaultSchedule(entry.kind));
  if (!parsed.ok) return { ok: false, field: "every", error: parsed.error };
  for (const pattern of entry.ignore) {
    try {
      new RegExp(pattern);
    } catch {
      return { ok: false, field: "ignore", error: `ignore pattern '${pattern}' is not a valid regular expression` };
    }
  }
  let url = entry.url;
  const tooLong = checkUrlLength(url.trim());
  if (tooLong) return { ok: false, field: "url", error: tooLong };
  if (entry.kind === "page" || entry.kind === "registry") {
    const checked = parseSourceUrl(entry.url);
    if (!checked.ok) return { ok: false, field: "url", error: checked.error };
    url = checked.url;
  }
  return {
    ok: true,
    input: {
      kind: entry.kind,
      name: entry.name,
      url,
      provider: entry.provider ?? null,
      fetchMode: entry.fetch,
      selector: entry.selector ?? null,
      ignorePatterns: entry.ignore,
      schedule: parsed.expression,
      enabled: entry.enabled,
    },
  };
}
