// The email about a source itself (failing, recovered, extraction degraded): a title, facts as label/value
// rows, one paragraph of advice and a link to the source in the dashboard.
import { escapeHtml, escapeScraped } from "./escape-html";
import { factsTable, linkButton, renderLayout, subjectLine, textFooter } from "./render-layout";
import type { RenderedEmail } from "./types";

export function renderSourceNotice(input: {
  title: string;
  facts: readonly (readonly [string, string])[];
  advice: string;
  /** The dashboard's source page, or null without a configured address. */
  link: string | null;
  /** How the text part names the link ("Checks", "Dashboard"). */
  linkLabel: string;
  ruleName: string;
}): RenderedEmail {
  const { title, facts, advice, link, ruleName } = input;
  const text = [title, "", ...facts.map(([k, v]) => `${k}: ${v}`), "", advice, ...(link ? [`${input.linkLabel}: ${link}`] : []), "", textFooter(ruleName)].join("\n");
  const bodyHtml = [factsTable(facts), `<p style="font-size:14px">${escapeHtml(advice)}</p>`, link ? linkButton(link, "Open the source") : ""].join("\n");
  return {
    subject: subjectLine(`[ratecard] ${title}`),
    text,
    html: renderLayout({ titleHtml: escapeScraped(title), bodyHtml, ruleName }),
  };
}
