// A source that keeps failing (one email per streak), and the email when it works again.
import { sourceUrl } from "./render-layout";
import { renderSourceNotice } from "./render-source-notice";
import type { AlertMessage, RenderedEmail, RenderOptions } from "./types";

type FailureMessage = Extract<AlertMessage, { kind: "failure" | "recovery" }>;

export function renderFailureEmail(message: FailureMessage, options: RenderOptions = {}): RenderedEmail {
  const { source, streak } = message;
  const link = sourceUrl(options.baseUrl, source.id);
  const checks = `${streak.length} check${streak.length === 1 ? "" : "s"}`;
  const title =
    message.kind === "failure"
      ? `${source.name} is failing: ${checks} in a row ${streak.lastOutcome === "blocked" ? "blocked" : "failed"}`
      : `${source.name} works again after ${checks} that failed`;
  const facts: [string, string][] = [
    ["Source", `${source.name} (${source.url})`],
    ["Failing since", streak.firstCheckAt],
    ["Last failed check", streak.lastCheckAt],
    ...(message.kind === "recovery" ? ([["Recovered", message.recoveredAt]] as [string, string][]) : []),
    ["Last outcome", streak.lastOutcome],
    ...(streak.lastError ? ([["Last error", streak.lastError]] as [string, string][]) : []),
  ];
  const advice =
    message.kind === "failure"
      ? "Prices on this page are not being watched until it works again. You will get one more email when it recovers."
      : "Checks succeed again; price changes on this page are watched as before.";
  return renderSourceNotice({ title, facts, advice, link, linkLabel: "Checks", ruleName: message.ruleName });
}
