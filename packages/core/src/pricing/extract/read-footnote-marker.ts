// Reads a footnote marker at the start or end of a text: "*", "**", "†", "¹", "[1]", "[*]", "^2", "(5)", "[^promo]" -> "*", "**", "†", "1", "1", "*", "2", "5", "promo".

const SUPERSCRIPT: Record<string, string> = { "¹": "1", "²": "2", "³": "3", "⁴": "4", "⁵": "5", "⁶": "6", "⁷": "7", "⁸": "8", "⁹": "9", "⁰": "0" };
const MARKER = String.raw`\\?\[(?:\\?\*){1,3}\]|\[\d{1,2}\]|(?:\\?\*){1,3}|[†‡§]{1,2}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2}|\^\d{1,2}|\(\d{1,2}\)|\[\^[\w.-]{1,40}\]`;
const AT_END = new RegExp(String.raw`(?:${MARKER})\s*$`, "u");
const AT_START = new RegExp(String.raw`^\s*(?:${MARKER})`, "u");

function normalise(marker: string): string {
  const t = marker.trim().replace(/\\/g, "").replace(/^[[(]|[\])]$/g, "").replace(/^\^/, "");
  return [...t].map((ch) => SUPERSCRIPT[ch] ?? ch).join("");
}

export function readFootnoteMarker(text: string, where: "start" | "end"): string | undefined {
  const m = (where === "end" ? AT_END : AT_START).exec(text);
  return m ? normalise(m[0]) : undefined;
}
