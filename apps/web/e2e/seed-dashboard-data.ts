// The rows the browser tests look at, written through the same db functions the worker uses.
import { hashContent, normalizePageText } from "@ratecard/core";
import { createSource, recordCheckResult, recordCollection, writeMetricSamples, type AnalysePrices, type CheckResult, type Db, type PriceAnalysis } from "@ratecard/db";

/** A 64×40 JPEG, as a browser check stores its screenshot (Chromium's own encoder made it). */
export const SCREENSHOT_JPEG_BASE64 =
  "/9j/4AAQSkZJRgABAQAAAQABAAD/4gHYSUNDX1BST0ZJTEUAAQEAAAHIAAAAAAQwAABtbnRyUkdCIFhZWiAH4AABAAEAAAAAAABhY3NwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAA9tYAAQAAAADTLQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAlkZXNjAAAA8AAAACRyWFlaAAABFAAAABRnWFlaAAABKAAAABRiWFlaAAABPAAAABR3dHB0AAABUAAAABRyVFJDAAABZAAAAChnVFJDAAABZAAAAChiVFJDAAABZAAAAChjcHJ0AAABjAAAADxtbHVjAAAAAAAAAAEAAAAMZW5VUwAAAAgAAAAcAHMAUgBHAEJYWVogAAAAAAAAb6IAADj1AAADkFhZWiAAAAAAAABimQAAt4UAABjaWFlaIAAAAAAAACSgAAAPhAAAts9YWVogAAAAAAAA9tYAAQAAAADTLXBhcmEAAAAAAAQAAAACZmYAAPKnAAANWQAAE9AAAApbAAAAAAAAAABtbHVjAAAAAAAAAAEAAAAMZW5VUwAAACAAAAAcAEcAbwBvAGcAbABlACAASQBuAGMALgAgADIAMAAxADb/2wBDABQODxIPDRQSEBIXFRQYHjIhHhwcHj0sLiQySUBMS0dARkVQWnNiUFVtVkVGZIhlbXd7gYKBTmCNl4x9lnN+gXz/2wBDARUXFx4aHjshITt8U0ZTfHx8fHx8fHx8fHx8fHx8fHx8fHx8fHx8fHx8fHx8fHx8fHx8fHx8fHx8fHx8fHx8fHz/wAARCAAoAEADASIAAhEBAxEB/8QAGAABAQEBAQAAAAAAAAAAAAAAAAUGBAP/xAAqEAABAQUHAwUBAAAAAAAAAAAAAwECBBESFRZkoqPR4QVTVBQiMUHBYf/EABkBAAIDAQAAAAAAAAAAAAAAAAACAQMEBf/EAB8RAAMAAwACAwEAAAAAAAAAAAABAhETUQMhEhQxYf/aAAwDAQACEQMRAD8AmA0V1sZpci62M0uTbtjpz9N8M6DRXWxmlyLrYzS5DbHQ03wzoNFdbGaXIutjNLkNsdDTfDOg0V1sZpci62M0uQ2x0NN8LHU1n0IFVRJ6l92Umyn9sIFrx3fyO7GlXWTh0nlVnqXHflspnJbXT/IyPbGL5zP6dFRVe0iLa8d38juwteO7+R3YtW10/wAjI9sLa6f5GR7YNkfwnVfGRbXju/kd2OrpnUYpePSTVVqcenNlLGfTf4W0Fk4hJ1VF6px74bKR6DZTEw0/YAApJzx0N6yEfQrorl7pTlJrG/hIu1i9PkASomnllkeW4WJYu1i9PkXaxenyARqjg32PJ0rwMN6OEcQrron7pSnNrW/p0AFiWFgpbbeWAAAH/9k=";

export const FORMULA_EVIDENCE = `=HYPERLINK("http://evil.example/steal","Acme-1 pricing")`;
export const MALICIOUS_LINE = `<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">`;

export interface SeededData {
  /** Two versions: GPT-5 mini's input price went from $0.25 to $0.20. */
  changedSourceId: string;
  changedSnapshotIds: { older: string; newer: string };
  failedSourceId: string;
  blockedSourceId: string;
  maliciousSourceId: string;
  maliciousSnapshotId: string;
  uncheckedSourceId: string;
  /** The price events the analysis stored (GPT-5 mini's decrease, and an Acme event with markup in its text). */
  eventIds: { miniDecrease: string; acmeAdded: string };
  names: Record<"changed" | "failed" | "blocked" | "malicious" | "unchecked", string>;
  /** A repository (fast growing, its oldest stars estimated) and a Discord community (slow), 60 days of samples. */
  traction: { repoSourceId: string; repoName: string; discordSourceId: string; discordName: string };
  /** A second, slower repository (stars, forks, contributors) so the comparison chart has two repositories. */
  secondRepo: { sourceId: string; name: string };
  /** A page read by the browser engine: two versions, each with a JPEG screenshot. */
  browser: { sourceId: string; name: string; snapshotIds: { older: string; newer: string } };
}

const HOUR = 3600_000;
const DAY = 24 * HOUR;

function pricingPage(miniInput: string): string {
  return `<!doctype html><html><head><title>API pricing</title><script>track()</script></head><body>
<main><h1>API pricing</h1>
<table><thead><tr><th>Model</th><th>Input</th><th>Output</th></tr></thead><tbody>
<tr><td>GPT-5</td><td>$1.25 / 1M tokens</td><td>$10.00 / 1M tokens</td></tr>
<tr><td>GPT-5 mini</td><td>${miniInput} / 1M tokens</td><td>$2.00 / 1M tokens</td></tr>
<tr><td>GPT-5 nano</td><td>$0.05 / 1M tokens</td><td>$0.40 / 1M tokens</td></tr>
</tbody></table>
<p>Batch API: 50% off input and output.</p></main></body></html>`;
}

type PriceRow = PriceAnalysis["pricePoints"][number];
type EventRow = PriceAnalysis["events"][number];

function price(provider: string, model: string, dimension: string, tier: string, usd: number, evidence: string, contextAbove: number | null = null): PriceRow {
  return { provider, model, dimension, tier, contextAbove, amount: usd, unit: "1M tokens", currency: "USD", usdPer1M: usd, evidence };
}

/** The OpenAI page's card, as the worker's analysis reads it (the batch rows from "Batch API: 50% off"). */
function openAiPrices(miniInput: number): PriceRow[] {
  const models: [string, number, number][] = [["GPT-5", 1.25, 10], ["GPT-5 mini", miniInput, 2], ["GPT-5 nano", 0.05, 0.4]];
  return models.flatMap(([model, input, output]) => {
    const row = `${model} | $${input.toFixed(2)} / 1M tokens | $${output.toFixed(2)} / 1M tokens`;
    return [
      price("openai", model, "input", "standard", input, row),
      price("openai", model, "output", "standard", output, row),
      price("openai", model, "input", "batch", input / 2, "Batch API: 50% off input and output."),
      price("openai", model, "output", "batch", output / 2, "Batch API: 50% off input and output."),
    ];
  });
}

/** A fixed analysis, standing in for the worker's: the seed controls exactly which rows exist. */
function analysis(pricePoints: PriceRow[], events: EventRow[] = []): AnalysePrices {
  return () => ({ cardStatus: "ok", cardWarnings: [], pricePoints, events });
}

function content(body: string, contentType: string): CheckResult {
  const normalizedText = normalizePageText({ body, contentType });
  return {
    kind: "content",
    engine: "http",
    httpStatus: 200,
    finalUrl: null,
    contentType,
    rawBody: body,
    normalizedText,
    contentHash: hashContent(normalizedText),
  };
}

export async function seedDashboardData(db: Db, now: Date): Promise<SeededData> {
  const at = (hoursAgo: number, durationMs: number) => {
    const startedAt = new Date(now.getTime() - hoursAgo * HOUR);
    return { startedAt, finishedAt: new Date(startedAt.getTime() + durationMs) };
  };

  const changed = await createSource(db, {
    kind: "page",
    name: "OpenAI API pricing",
    url: "https://openai.com/api/pricing/",
    provider: "openai",
    schedule: "0 */6 * * *",
  });
  const v1 = await recordCheckResult(db, {
    sourceId: changed.id,
    ...at(72, 1210),
    result: content(pricingPage("$0.25"), "text/html"),
    analyse: analysis(openAiPrices(0.25)),
  });
  await recordCheckResult(db, { sourceId: changed.id, ...at(48, 980), result: content(pricingPage("$0.25"), "text/html") });
  const v2 = await recordCheckResult(db, {
    sourceId: changed.id,
    ...at(5, 1105),
    result: content(pricingPage("$0.20"), "text/html"),
    analyse: analysis(openAiPrices(0.2), [
      {
        kind: "price_decrease",
        provider: "openai",
        model: "GPT-5 mini",
        dimension: "input",
        tier: "standard",
        unit: "1M tokens",
        currency: "USD",
        oldValue: 0.25,
        newValue: 0.2,
        pctChange: -20,
        oldEvidence: "GPT-5 mini | $0.25 / 1M tokens | $2.00 / 1M tokens",
        newEvidence: "GPT-5 mini | $0.20 / 1M tokens | $2.00 / 1M tokens",
        summary: "openai cut GPT-5 mini input from $0.25 to $0.20 per 1M tokens (-20%)",
      },
    ]),
  });
  await recordCheckResult(db, { sourceId: changed.id, ...at(1, 842), result: content(pricingPage("$0.20"), "text/html") });

  const failed = await createSource(db, {
    kind: "page",
    name: "Anthropic pricing",
    url: "https://www.anthropic.com/pricing",
    provider: "anthropic",
    schedule: "15 */6 * * *",
  });
  await recordCheckResult(db, {
    sourceId: failed.id,
    ...at(30, 1530),
    result: content("# Pricing\n\nClaude Opus 4.6: $5 / MTok input\n", "text/markdown"),
    analyse: analysis([
      price("anthropic", "Claude Opus 4.6", "input", "standard", 5, "Claude Opus 4.6: $5 / MTok input"),
      price("anthropic", "Claude Opus 4.6", "output", "standard", 25, "Claude Opus 4.6: $25 / MTok output"),
      price("anthropic", "Claude Opus 4.6", "cache_read", "standard", 0.5, "Claude Opus 4.6: $0.50 / MTok cache hits"),
      price("anthropic", "Claude Opus 4.6", "input", "standard", 10, "Prompts > 200K tokens: $10 / MTok input", 200_000),
    ]),
  });
  await recordCheckResult(db, {
    sourceId: failed.id,
    ...at(0.5, 30_004),
    result: {
      kind: "failed",
      engine: "http",
      httpStatus: 503,
      finalUrl: null,
      error: "HTTP 503 Service Unavailable from https://www.anthropic.com/pricing after 3 attempts",
    },
  });

  const blocked = await createSource(db, {
    kind: "page",
    name: "Mistral AI pricing",
    url: "https://mistral.ai/pricing",
    provider: "mistral",
    fetchMode: "browser",
    schedule: "30 */12 * * *",
  });
  await recordCheckResult(db, {
    sourceId: blocked.id,
    ...at(2, 6420),
    result: {
      kind: "blocked",
      engine: "browser",
      httpStatus: 403,
      finalUrl: "https://mistral.ai/pricing",
      error: "bot challenge: the page is a Cloudflare 'Just a moment...' check",
    },
  });

  const malicious = await createSource(db, {
    kind: "page",
    name: "Acme AI pricing",
    url: "https://acme.example/pricing",
    provider: "acme",
    schedule: "0 9 * * *",
  });
  await recordCheckResult(db, {
    sourceId: malicious.id,
    ...at(26, 412),
    result: content("Acme AI pricing\nAcme-1: $3 per 1M input tokens\n", "text/plain"),
  });
  const hostile = await recordCheckResult(db, {
    sourceId: malicious.id,
    ...at(3, 388),
    result: content(`Acme AI pricing\nAcme-1: $3 per 1M input tokens\n${MALICIOUS_LINE}\n`, "text/plain"),
    // Scraped text reaches the change feed too: the summary carries the hostile line verbatim.
    analyse: analysis([], [
      {
        kind: "model_added",
        provider: "acme",
        model: "Acme-1",
        summary: `acme added Acme-1: ${MALICIOUS_LINE}`,
        // ... and scraped evidence that a spreadsheet would run as a formula reaches the CSV download.
        newEvidence: FORMULA_EVIDENCE,
      },
    ]),
  });

  const unchecked = await createSource(db, {
    kind: "registry",
    name: "LiteLLM model prices",
    url: "https://raw.githubusercontent.com/BerriAI/litellm/main/model_prices_and_context_window.json",
    schedule: "0 * * * *",
  });

  const repo = await createSource(db, { kind: "github_repo", name: "acme/fastllm", url: "https://github.com/acme/fastllm", schedule: "0 3 * * *" });
  const discord = await createSource(db, { kind: "discord_invite", name: "Acme Discord", url: "https://discord.gg/acme", schedule: "0 4 * * *" });
  const days = Array.from({ length: 61 }, (_, i) => 60 - i);
  await recordCollection(db, {
    sourceId: repo.id,
    ...at(2, 2300),
    // +2 % a day; the oldest stretch estimated, as when a star history is interpolated.
    samples: days.map((d) => ({ metric: "stars", value: Math.round(1000 * 1.02 ** (60 - d)), at: new Date(now.getTime() - d * DAY), estimated: d >= 40 })),
  });
  await recordCollection(db, {
    sourceId: discord.id,
    ...at(2, 640),
    samples: days.map((d) => ({ metric: "discord_members", value: 5000 + 10 * (60 - d), at: new Date(now.getTime() - d * DAY) })),
  });

  // The fast repository's forks and contributors, written as a collector writes them (no extra check row).
  await writeMetricSamples(db, repo.id, days.flatMap((d) => [
    { metric: "forks", value: 100 + 3 * (60 - d), at: new Date(now.getTime() - d * DAY) },
    { metric: "contributors", value: 20 + Math.floor((60 - d) / 10), at: new Date(now.getTime() - d * DAY) },
  ]));
  const secondRepo = await createSource(db, { kind: "github_repo", name: "acme/tinyllm", url: "https://github.com/acme/tinyllm", schedule: "0 3 * * *" });
  // 400 stars 30 days ago, +5 a day since; forks and contributors alongside.
  const recent = Array.from({ length: 31 }, (_, i) => 30 - i);
  await recordCollection(db, {
    sourceId: secondRepo.id,
    ...at(2, 1900),
    samples: recent.flatMap((d) => [
      { metric: "stars", value: 400 + 5 * (30 - d), at: new Date(now.getTime() - d * DAY) },
      { metric: "forks", value: 40 + (30 - d), at: new Date(now.getTime() - d * DAY) },
      { metric: "contributors", value: 5 + Math.floor((30 - d) / 15), at: new Date(now.getTime() - d * DAY) },
    ]),
  });

  const browserPage = await createSource(db, {
    kind: "page",
    name: "Gemini API pricing",
    url: "https://ai.google.dev/pricing",
    provider: "google",
    fetchMode: "browser",
    schedule: "45 */12 * * *",
  });
  const screenshot = Uint8Array.from(Buffer.from(SCREENSHOT_JPEG_BASE64, "base64"));
  const browserVersion = (flash: string) => ({ ...content(`<main><h1>Gemini API pricing</h1><p>Gemini Flash: ${flash} per 1M input tokens</p></main>`, "text/html"), engine: "browser" as const, screenshot });
  const g1 = await recordCheckResult(db, { sourceId: browserPage.id, ...at(50, 7400), result: browserVersion("$0.30") });
  const g2 = await recordCheckResult(db, { sourceId: browserPage.id, ...at(8, 6900), result: browserVersion("$0.35") });

  if (!v1.snapshot || !v2.snapshot || !hostile.snapshot || !g1.snapshot || !g2.snapshot) throw new Error("seeding did not store the expected snapshots");
  const [miniDecrease, acmeAdded] = await Promise.all([
    db.changeEvent.findFirstOrThrow({ where: { toSnapshotId: v2.snapshot.id, kind: "price_decrease" }, select: { id: true } }),
    db.changeEvent.findFirstOrThrow({ where: { toSnapshotId: hostile.snapshot.id }, select: { id: true } }),
  ]);
  return {
    changedSourceId: changed.id,
    changedSnapshotIds: { older: v1.snapshot.id, newer: v2.snapshot.id },
    failedSourceId: failed.id,
    blockedSourceId: blocked.id,
    maliciousSourceId: malicious.id,
    maliciousSnapshotId: hostile.snapshot.id,
    uncheckedSourceId: unchecked.id,
    eventIds: { miniDecrease: miniDecrease.id, acmeAdded: acmeAdded.id },
    traction: { repoSourceId: repo.id, repoName: repo.name, discordSourceId: discord.id, discordName: discord.name },
    secondRepo: { sourceId: secondRepo.id, name: secondRepo.name },
    browser: { sourceId: browserPage.id, name: browserPage.name, snapshotIds: { older: g1.snapshot.id, newer: g2.snapshot.id } },
    names: {
      changed: changed.name,
      failed: failed.name,
      blocked: blocked.name,
      malicious: malicious.name,
      unchecked: unchecked.name,
    },
  };
}
