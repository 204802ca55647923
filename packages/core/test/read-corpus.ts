// A pricing corpus (test/corpus, test/corpus-holdout, or any folder of that layout): real pages with the
// truth a person wrote by reading them. Read by the tests and by the bench's scorecard.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { contentTypeOfFile } from "../src/page/content-type-of-file";
import { pageTruthSchema, pairTruthSchema, type PageTruth, type PairTruth } from "../src/pricing/score/corpus-truth";

export const corpusDir = join(import.meta.dirname, "corpus");

/** Every corpus of real pages with truth (the development corpus and the holdouts), each with the prefix its page names take in test names. */
export const allCorpora: readonly (readonly [dir: string, prefix: string])[] = [
  [corpusDir, ""],
  ...["corpus-holdout", "corpus-holdout-2", "corpus-holdout-3", "corpus-holdout-4", "corpus-holdout-5", "corpus-holdout-6", "corpus-holdout-7", "corpus-holdout-8", "corpus-holdout-9"].map(
    (name) => [join(import.meta.dirname, name), `${name.replace(/^corpus-/, "")}/`] as const,
  ),
];

export interface CorpusPage {
  /** "pages/<name>", as pairs.json names it. */
  file: string;
  body: string;
  contentType: string | null;
  /** The capture's day, from the file name ("<provider>__2025-02-08__<source>"): what "now" was for the page. */
  capturedAt: Date | null;
  truth: PageTruth;
}

export function corpusPages(dir: string = corpusDir): CorpusPage[] {
  const pages = readdirSync(join(dir, "pages")).sort();
  return readdirSync(join(dir, "truth")).filter((name) => name.endsWith(".json")).sort().map((name) => {
    const stem = name.replace(/\.json$/, "");
    const file = pages.find((p) => p.replace(/\.[^.]+$/, "") === stem || p === stem);
    if (!file) throw new Error(`${dir}: truth ${name} has no page`);
    return {
      file: `pages/${file}`,
      body: readFileSync(join(dir, "pages", file), "utf8"),
      contentType: contentTypeOfFile(file),
      capturedAt: captureDay(file),
      truth: pageTruthSchema.parse(JSON.parse(readFileSync(join(dir, "truth", name), "utf8"))),
    };
  });
}

function captureDay(file: string): Date | null {
  const day = /__(\d{4}-\d{2}-\d{2})__/.exec(file)?.[1];
  return day === undefined ? null : new Date(`${day}T00:00:00Z`);
}

export function corpusPairs(dir: string = corpusDir): PairTruth[] {
  return (JSON.parse(readFileSync(join(dir, "pairs.json"), "utf8")) as unknown[]).map((p) => pairTruthSchema.parse(p));
}
