// Parses a document served as JSON. Price files kept by hand often carry comments or trailing commas
// (JSONC: "// Per-model prices (USD per token)" above the object); those are read as the JSON they hold.
// What is not JSON either way throws JSON.parse's own error, which says where the text went wrong.
import { parse as parseJsonc, type ParseError } from "jsonc-parser";

export function parseJsonDocument(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const errors: ParseError[] = [];
    const value: unknown = parseJsonc(text, errors, { allowTrailingComma: true, disallowComments: false });
    if (errors.length > 0 || typeof value !== "object" || value === null) throw error;
    return value;
  }
}

/** Whether the text opens as a JSON document does, after any leading comments ("// prices", "/* ... *\/"). */
export function opensAsJson(text: string): boolean {
  return /^(?:\s+|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*[{[]/.test(text);
}
