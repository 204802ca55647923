// Reads a watch list (YAML) into validated source inputs; every error names the entry and the field.
// The entry's shape and value checks are @ratecard/core's, shared with the dashboard's source form.
import { sourceEntrySchema, toSourceInput } from "@ratecard/core";
import type { SourceInput } from "@ratecard/db";
import { parse } from "yaml";
import { z } from "zod";
import { UserError } from "../user-error";

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
    const entry = sourceEntrySchema.safeParse(raw);
    if (!entry.success) {
      const issue = entry.error.issues[0];
      throw new UserError(`${fileName}: source #${index + 1}: ${issue?.path.join(".") || "entry"}: ${issue?.message ?? "invalid"}`);
    }
    const checked = toSourceInput(entry.data);
    if (!checked.ok) throw new UserError(`${fileName}: source #${index + 1} (${entry.data.name}): ${checked.error}`);
    return checked.input;
  });
}
