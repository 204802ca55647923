// Reads a watch list (YAML) into validated source inputs; every error names the entry and the field.
import { defaultSchedule, parseSchedule } from "@ratecard/core";
import type { SourceInput } from "@ratecard/db";
import { parse } from "yaml";
import { z } from "zod";
import { UserError } from "../user-error";
import { parseFetchUrl } from "../fetch/url-guard";

const entrySchema = z.object({
  name: z.string().min(1),
  url: z.string().min(1),
  kind: z.enum(["page", "registry", "github_repo", "discord_invite"]).default("page"),
  provider: z.string().min(1).optional(),
  fetch: z.enum(["auto", "http", "browser"]).default("auto"),
  selector: z.string().min(1).optional(),
  ignore: z.array(z.string()).default([]),
  every: z.string().optional(),
  enabled: z.boolean().default(true),
});

const fileSchema = z.object({ sources: z.array(z.unknown()).min(1) });

export function parseWatchList(text: string, fileName: string): SourceInput[] {
  let document: unknown;
  try {
    document = parse(text);
  } catch (error) {
    throw new UserError(`${fileName} is not valid YAML: ${(error as Error).message.split("\n")[0]}`);
  }
  const file = fileSchema.safeParse(document);
  if (!file.success) throw new UserError(`${fileName}: expected a top-level 'sources:' list with at least one entry`);
  return file.data.sources.map((raw, index) => {
    const entry = entrySchema.safeParse(raw);
    if (!entry.success) {
      const issue = entry.error.issues[0];
      throw new UserError(`${fileName}: source #${index + 1}: ${issue?.path.join(".") || "entry"}: ${issue?.message ?? "invalid"}`);
    }
    return toSourceInput(entry.data, `${fileName}: source #${index + 1} (${entry.data.name})`);
  });
}

export function toSourceInput(entry: z.infer<typeof entrySchema>, where: string): SourceInput {
  const at = where ? `${where}: ` : "";
  const schedule = entry.every ?? defaultSchedule(entry.kind);
  const parsed = parseSchedule(schedule);
  if (!parsed.ok) throw new UserError(`${at}${parsed.error}`);
  for (const pattern of entry.ignore) {
    try {
      new RegExp(pattern);
    } catch {
      throw new UserError(`${at}ignore pattern '${pattern}' is not a valid regular expression`);
    }
  }
  let url = entry.url;
  if (entry.kind === "page" || entry.kind === "registry") {
    try {
      url = parseFetchUrl(entry.url).href;
    } catch (error) {
      throw new UserError(`${at}${(error as Error).message}`);
    }
  }
  return {
    kind: entry.kind,
    name: entry.name,
    url,
    provider: entry.provider ?? null,
    fetchMode: entry.fetch,
    selector: entry.selector ?? null,
    ignorePatterns: entry.ignore,
    schedule: parsed.expression,
    enabled: entry.enabled,
  };
}

export { entrySchema as watchListEntrySchema };
