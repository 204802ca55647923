// Every kind of email, with scraped text (summaries, model and source names, evidence, errors, traction
// rows) that tries to be markup, a link or an extra mail header: the HTML part shows it as inert text,
// the only links are the dashboard's own, and the subject stays one line.
import { describe, expect, it } from "vitest";
import { renderAlertEmail } from "./render-alert-email";
import type { AlertEventView, AlertMessage, AlertSourceView, FailureStreakView, RenderedEmail } from "./types";

const HOSTILE = `<script>alert(1)</script><img src=x onerror=alert(2)><a href="http://evil.example/x">click</a> www.evil.example javascript:alert(3) user@evil.example`;
const HEADER_INJECTION = "price cut\r\nBcc: victim@example.com\r\n\r\n<b>body</b>";
const BASE_URL = "https://ratecard.example.com";

const event: AlertEventView = {
  id: "e1",
  sourceId: "11111111-1111-1111-1111-111111111111",
  sourceName: `Acme ${HOSTILE}`,
  sourceUrl: "http://evil.example/pricing",
  kind: "model_added",
  provider: `acme${HOSTILE}`,
  model: `Acme-1 ${HOSTILE}`,
  summary: `${HEADER_INJECTION} ${HOSTILE}`,
  unit: "1M tokens",
  currency: "USD",
  oldValue: null,
  newValue: 3,
  pctChange: null,
  oldEvidence: HOSTILE,
  newEvidence: `=HYPERLINK("http://evil.example") ${HOSTILE}`,
  fromSnapshotId: "aaaaaaaa-0000-0000-0000-000000000001",
  toSnapshotId: "aaaaaaaa-0000-0000-0000-000000000002",
  detectedAt: "2026-11-26T12:00:00.000Z",
};
const source: AlertSourceView = { id: event.sourceId, name: `Acme ${HOSTILE} ${HEADER_INJECTION}`, url: "http://evil.example/pricing", provider: "acme" };
const streak: FailureStreakView = { length: 3, firstCheckAt: "2026-11-26T00:00:00.000Z", lastCheckAt: "2026-11-26T12:00:00.000Z", lastOutcome: "failed", lastError: `HTTP 500 ${HOSTILE}` };

const messages: [string, AlertMessage][] = [
  ["price change", { kind: "event", ruleName: "Acme watch", event }],
  ["digest", { kind: "digest", ruleName: "daily", cadence: "daily", periodStart: "2026-11-25T08:00:00.000Z", periodEnd: "2026-11-26T08:00:00.000Z", timeZone: "UTC", events: [event, { ...event, id: "e2" }] }],
  ["failure", { kind: "failure", ruleName: "ops", source, streak }],
  ["recovery", { kind: "recovery", ruleName: "ops", source, streak, recoveredAt: "2026-11-26T18:00:00.000Z" }],
  [
    "extraction degraded",
    {
      kind: "degraded",
      ruleName: "ops",
      source,
      card: { snapshotId: "aaaaaaaa-0000-0000-0000-000000000002", seenAt: "2026-11-26T12:00:00.000Z", lostPrices: 6, previousPrices: 9, lostModels: [`Acme-1 ${HOSTILE}`, "<img src=x onerror=alert(1)>"], warning: HOSTILE },
    },
  ],
  [
    "traction",
    {
      kind: "traction",
      ruleName: "weekly",
      periodEnd: "2026-11-26T08:00:00.000Z",
      report: { title: `Traction ${HEADER_INJECTION}`, headers: ["Source", "Stars"], rows: [[`acme/${HOSTILE}`, "1,200"]], notes: [HOSTILE] },
    },
  ],
];

function expectInert(email: RenderedEmail): void {
  expect(email.html).not.toMatch(/<(script|img|b)\b/i);
  expect(email.html).not.toContain("http://evil");
  expect(email.html).not.toContain("www.evil");
  expect(email.html).not.toMatch(/href="(?!https:\/\/ratecard\.example\.com\/)/);
  expect(email.html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  expect(email.subject).not.toMatch(/[\r\n]/);
}

describe("scraped text in every kind of email", () => {
  it("extraction degraded: a model name that is an image tag arrives escaped in the HTML and as text in the text part", () => {
    const message = messages.find(([kind]) => kind === "extraction degraded")![1];
    const email = renderAlertEmail(message, { baseUrl: BASE_URL });
    expect(email.html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(email.html).not.toMatch(/<img\b/i);
    expect(email.text).toContain("<img src=x onerror=alert(1)>");
  });

  it.each(messages)("%s: markup, links and header breaks in scraped text stay inert text", (_kind, message) => {
    const email = renderAlertEmail(message, { baseUrl: BASE_URL });
    expectInert(email);
    // Without a dashboard address there are no links at all.
    expect(renderAlertEmail(message).html).not.toContain("<a ");
  });
});
