// Tells text of an html-to-text capture that lost the spaces between table cells ("ModelInputOutputgpt-4$10.00").
export function looksGlued(text: string): boolean {
  return /[a-z][A-Z][a-z]+[A-Z]/.test(text) || /(?:tokens|characters|image|minute|second)[a-zA-Z]/.test(text);
}
