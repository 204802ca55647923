// Finds where a page names a model, whatever its spelling there ("Claude Opus 4.6", "claude-opus-4-6",
// "**Claude Opus 4.6**"): the text and the name are reduced to lower-case word tokens and the name's
// tokens are looked for as a whole phrase. A phrase that goes on with a version or a variant word
// ("gpt-4o" inside "gpt-4o-mini", "Claude Opus 4" inside "Claude Opus 4.1") is another model.

// Words that, right after a model's name, make it the name of another model.
const VARIANT_WORDS = new Set([
  "mini", "nano", "micro", "pro", "plus", "max", "ultra", "turbo", "flash", "lite", "light", "fast", "preview", "exp", "experimental",
  "instruct", "chat", "vision", "large", "medium", "small", "tiny", "base", "thinking", "reasoning", "reasoner", "coder", "codex",
  "realtime", "audio", "search", "transcribe", "tts", "embed", "embedding", "image", "latest", "high", "low", "deep", "research",
  "distill", "hd", "air", "x", "o", "v", "r", "k",
]);

export interface ModelMentionIndex {
  /** The page's tokens joined by single spaces, with a space at each end. */
  readonly joined: string;
  /** Where each token starts in `joined`. */
  readonly starts: number[];
  /** Whether each token is glued to the one before ("4.1", "4-5", "4o"), rather than after a space or a symbol. */
  readonly glued: boolean[];
}

interface Tokens {
  tokens: string[];
  glued: boolean[];
}

function tokenize(text: string): Tokens {
  const tokens: string[] = [];
  const glued: boolean[] = [];
  const re = /[a-z]+|\d+|[\u4e00-\u9fff]+/g;
  const lower = text.normalize("NFKC").toLowerCase();
  let end = -1;
  for (let m = re.exec(lower); m !== null; m = re.exec(lower)) {
    const between = end < 0 ? " " : lower.slice(end, m.index);
    tokens.push(m[0]);
    glued.push(between === "" || between === "." || between === "-" || between === "_");
    end = m.index + m[0].length;
  }
  return { tokens, glued };
}

export function tokenizeForMentions(text: string): string[] {
  return tokenize(text).tokens;
}

export function indexModelMentions(text: string): ModelMentionIndex {
  const { tokens, glued } = tokenize(text);
  const starts: number[] = [];
  let at = 1;
  for (const token of tokens) {
    starts.push(at);
    at += token.length + 1;
  }
  return { joined: ` ${tokens.join(" ")} `, starts, glued };
}

function tokenAt(index: ModelMentionIndex, offset: number): number {
  let lo = 0;
  let hi = index.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (index.starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The page's index (of the text as `prepare` leaves it), built on first use and then kept (checks that may not need it share one). */
export function lazyModelMentions(text: string, prepare: (text: string) => string = (same) => same): () => ModelMentionIndex {
  let index: ModelMentionIndex | undefined;
  return () => (index ??= indexModelMentions(prepare(text)));
}

/** True when the page names this model (as a whole name, not as the start of a longer one). */
export function mentionsModel(index: ModelMentionIndex, name: string): boolean {
  const tokens = tokenizeForMentions(name);
  if (tokens.length === 0) return false;
  const phrase = ` ${tokens.join(" ")} `;
  for (let at = index.joined.indexOf(phrase); at >= 0; at = index.joined.indexOf(phrase, at + 1)) {
    const next = tokenAt(index, at + 1) + tokens.length;
    if (next >= index.starts.length) return true;
    const after = index.joined.slice(index.starts[next]!, index.starts[next]! + 40).split(" ", 1)[0]!;
    // "4.1" after "Opus 4", "o" after "gpt-4" continue the name; " $15" after it does not, " mini" does.
    const continues = index.glued[next] ? /^\d+$/.test(after) || VARIANT_WORDS.has(after) || /^[a-z]{1,2}$/.test(after) : VARIANT_WORDS.has(after);
    if (!continues) return true;
  }
  return false;
}
