// Letters and digits in any script: markup, punctuation and whitespace say nothing about how much a page says.
export function countMeaningfulChars(text: string): number {
  return text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
}
