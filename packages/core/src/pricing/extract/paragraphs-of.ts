// A page's paragraphs: runs of non-blank lines, with their first and last line and their text joined.
export interface Paragraph {
  start: number;
  end: number;
  text: string;
}

export function paragraphsOf(lines: string[]): Paragraph[] {
  const out: Paragraph[] = [];
  let start = -1;
  for (let i = 0; i <= lines.length; i++) {
    const blank = i === lines.length || lines[i]!.trim() === "";
    if (!blank && start < 0) start = i;
    if (blank && start >= 0) {
      out.push({ start, end: i - 1, text: lines.slice(start, i).map((l) => l.trim()).join(" ") });
      start = -1;
    }
  }
  return out;
}
