// FILE or URL argument of `extract` and `diff`: a local file, or a page fetched with the usual engines.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { contentTypeOfFile, documentContentType } from "@ratecard/core";
import type { Env } from "../env";
import { createFetcher } from "../fetch/create-fetcher";
import { FetchError } from "../fetch/fetch-error";
import { UserError } from "../user-error";

export interface Input {
  name: string;
  body: string;
  contentType: string | null;
  /** Set when the URL answered with a bot challenge instead of the page. */
  blocked?: string;
}

export async function readInput(env: Env, ref: string): Promise<Input> {
  if (/^https?:\/\//i.test(ref)) {
    const fetcher = createFetcher(env);
    try {
      const page = await fetcher.fetch({ url: ref, kind: "page", fetchMode: "auto" });
      return { name: page.finalUrl, body: page.body, contentType: documentContentType({ contentType: page.contentType, url: page.finalUrl }) };
    } catch (error) {
      if (error instanceof FetchError && error.kind === "blocked") return { name: ref, body: "", contentType: null, blocked: error.message };
      throw new UserError(error instanceof Error ? error.message : String(error));
    } finally {
      await fetcher.stop();
    }
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(ref)) throw new UserError(`'${ref}': only http and https URLs, or a file path`);
  const file = path.resolve(env.invocationDir, ref);
  const body = await readFile(file, "utf8").catch((error: NodeJS.ErrnoException) => {
    throw new UserError(`cannot read ${ref}: ${error.code === "ENOENT" ? "no such file" : error.code === "EISDIR" ? "it is a directory" : error.code ?? error.message}`);
  });
  return { name: ref, body, contentType: contentTypeOfFile(file) };
}
