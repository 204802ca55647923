// Says which rate-limit field a column header or phrase names: "RPM", "Requests per minute", "Maximum input tokens per minute (ITPM)".

export type LimitField = "rpm" | "tpm" | "rpd" | "rps" | "tpd" | "tpmonth" | "itpm" | "otpm";

const RULES: [RegExp, LimitField][] = [
  [/\bitpm\b|\binput tokens? (?:per|\/|a) ?min(?:ute)?\b/i, "itpm"],
  [/\botpm\b|\boutput tokens? (?:per|\/|a) ?min(?:ute)?\b/i, "otpm"],
  [/\brpm\b|\brequests? (?:per|\/|a) ?min(?:ute)?\b/i, "rpm"],
  [/\brpd\b|\brequests? (?:per|\/|a) ?day\b/i, "rpd"],
  [/\brps\b|\brequests? (?:per|\/|a) ?sec(?:ond)?\b/i, "rps"],
  [/\btpm\b|\btokens? (?:per|\/|a) ?min(?:ute)?\b/i, "tpm"],
  [/\btpd\b|\btokens? (?:per|\/|a) ?day\b/i, "tpd"],
  [/\btokens? (?:per|\/|a) ?month\b/i, "tpmonth"],
];

export function classifyLimitLabel(text: string): LimitField | null {
  const t = text.replace(/\*\*|`/g, "");
  return RULES.find(([re]) => re.test(t))?.[1] ?? null;
}
