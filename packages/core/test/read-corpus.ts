// The pricing corpus (test/corpus): real pages with the truth a person wrote by reading them.
import { readdirSync, readFileSync } from "node:fs";
import { extname, join } from "node:path";
import { pageTruthSchema, pairTruthSchema, type PageTruth, type PairTruth } from "../src/pricing/score/corpus-truth";

export const corpusDir = join(import.meta.dirname, "corpus");

const TYPES: Record<string, string> = { ".html": "text/html", ".md": "text/markdown", ".json": "application/json", ".txt": "text/plain" };

export interface CorpusPage {
  file: string;
  body: string;
  contentType: string | null;
  truth: PageTruth;
}

export function corpusPages(): CorpusPage[] {
  const pages = readdirSync(join(corpusDir, "pages")).sort();
  return readdirSync(join(corpusDir, "truth")).sort().map((name) => {
    const stem = name.replace(/\.json$/, "");
    const file = pages.find((p) => p.replace(/\.[^.]+$/, "") === stem || p === stem);
    if (!file) throw new Error(`corpus truth ${name} has no page`);
    return {
      file: `pages/${file}`,
      body: readFileSync(join(corpusDir, "pages", file), "utf8"),
      contentType: TYPES[extname(file).toLowerCase()] ?? null,
      truth: pageTruthSchema.parse(JSON.parse(readFileSync(join(corpusDir, "truth", name), "utf8"))),
    };
  });
}

export function corpusPairs(): PairTruth[] {
  return (JSON.parse(readFileSync(join(corpusDir, "pairs.json"), "utf8")) as unknown[]).map((p) => pairTruthSchema.parse(p));
}
