// A page whose prices stopped being read: the new version's card lost many of the previous version's
// prices while the page still names their models (a layout change the extractor does not read yet).
import { sourceUrl } from "./render-layout";
import { renderSourceNotice } from "./render-source-notice";
import type { AlertMessage, RenderedEmail, RenderOptions } from "./types";

type DegradedMessage = Extract<AlertMessage, { kind: "degraded" }>;

/** How many of the lost models the email names before "and N more". */
const MODELS_SHOWN = 8;

export function renderDegradedEmail(message: DegradedMessage, options: RenderOptions = {}): RenderedEmail {
  const { source, card } = message;
  const link = sourceUrl(options.baseUrl, source.id);
  const counted = card.lostPrices !== null && card.previousPrices !== null;
  const title = counted
    ? `${source.name}: extraction degraded, ${card.lostPrices} of ${card.previousPrices} prices not read`
    : `${source.name}: extraction degraded`;
  const shown = card.lostModels.slice(0, MODELS_SHOWN);
  const more = card.lostModels.length - shown.length;
  const facts: [string, string][] = [
    ["Source", `${source.name} (${source.url})`],
    ["Version seen", card.seenAt],
    ...(counted ? ([["Prices not read", `${card.lostPrices} of ${card.previousPrices} prices of the previous version`]] as [string, string][]) : []),
    ...(shown.length > 0 ? ([["Models the page still names", `${shown.join(", ")}${more > 0 ? ` and ${more} more` : ""}`]] as [string, string][]) : []),
    ...(!counted && card.warning ? ([["Warning", card.warning]] as [string, string][]) : []),
  ];
  const advice =
    "The page still names these models, but their prices were not read from the new version, so no removals were reported. The page's layout probably changed; until it is read again, changes to these prices go unnoticed.";
  return renderSourceNotice({ title, facts, advice, link, linkLabel: "Dashboard", ruleName: message.ruleName });
}
