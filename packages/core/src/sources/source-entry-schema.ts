// The shape of one watch-list entry, as the YAML file, `ratecard sources add` and the dashboard form give it.
import { z } from "zod";

export const SOURCE_KINDS = ["page", "registry", "github_repo", "discord_invite"] as const;
export const FETCH_MODES = ["auto", "http", "browser"] as const;

export const sourceEntrySchema = z.object({
  name: z.string().min(1).max(500, "a name is at most 500 characters"),
  url: z.string().min(1),
  kind: z.enum(SOURCE_KINDS).default("page"),
  // Indexed (like the URL, whose limit is checked with the other values): a key PostgreSQL can hold.
  provider: z.string().min(1).max(200, "a provider is at most 200 characters").optional(),
  fetch: z.enum(FETCH_MODES).default("auto"),
  selector: z.string().min(1).optional(),
  ignore: z.array(z.string()).default([]),
  every: z.string().optional(),
  enabled: z.boolean().default(true),
});

export type SourceEntry = z.infer<typeof sourceEntrySchema>;
/** The entry's fields, named as the watch list and the form name them. */
export type SourceEntryField = keyof SourceEntry;
