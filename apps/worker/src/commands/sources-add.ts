import { sourceEntrySchema, toSourceInput } from "@ratecard/core";
import { createSource, findSourceByKindAndUrl } from "@ratecard/db";
import { UserError } from "../user-error";
import type { Env } from "../env";
import { withRuntime } from "./with-runtime";

export interface SourcesAddOptions {
  kind?: string;
  name?: string;
  provider?: string;
  every?: string;
  mode?: string;
  selector?: string;
  ignore?: string[];
}

export async function sourcesAdd(env: Env, url: string, options: SourcesAddOptions): Promise<void> {
  const entry = sourceEntrySchema.safeParse({
    url,
    name: options.name ?? defaultName(url),
    kind: options.kind ?? "page",
    provider: options.provider,
    fetch: options.mode ?? "auto",
    selector: options.selector,
    ignore: options.ignore ?? [],
    every: options.every,
  });
  if (!entry.success) {
    const issue = entry.error.issues[0];
    throw new UserError(`--${issue?.path.join(".") === "fetch" ? "mode" : issue?.path.join(".")}: ${issue?.message}`);
  }
  const checked = toSourceInput(entry.data);
  if (!checked.ok) throw new UserError(checked.error);
  const input = checked.input;
  await withRuntime(env, async ({ db }) => {
    const existing = await findSourceByKindAndUrl(db, input);
    if (existing) throw new UserError(`${input.url} is already watched as source ${existing.id.slice(0, 8)} (${existing.name})`);
    const source = await createSource(db, input);
    console.log(`added ${source.kind} source ${source.id} (${source.name}), checked on '${source.schedule}'`);
  });
}

/** Host and path, cut to a readable length (the URL itself is checked against its own limit). */
function defaultName(url: string): string {
  let name = url;
  try {
    const parsed = new URL(url);
    name = `${parsed.hostname}${parsed.pathname === "/" ? "" : parsed.pathname}`;
  } catch {
    // Not a URL: toSourceInput says so; the name does not matter.
  }
  return name.length > 120 ? `${name.slice(0, 119)}…` : name;
}
