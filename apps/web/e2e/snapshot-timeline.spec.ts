// A source with more versions than one timeline page: the timeline pages, and a pair can span pages.
// Runs after the read-only specs (its source would change their counts).
import { hashContent } from "@ratecard/core";
import { createDbClient, createSource, recordCheckResult, removeSource } from "@ratecard/db";
import { expect, test } from "@playwright/test";
import { readE2eEnv } from "./e2e-env";

test("a long history pages its timeline ten snapshots at a time, and the oldest can be diffed against the newest", async ({ page }) => {
  const db = createDbClient(readE2eEnv().databaseUrl, { maxConnections: 1 });
  const source = await createSource(db, { kind: "page", name: "Acme many versions", url: "https://acme-versions.example/pricing", provider: "acme", schedule: "0 9 * * *" });
  try {
    const start = Date.now() - 30 * 86_400_000;
    const ids: string[] = [];
    for (let version = 1; version <= 12; version++) {
      const text = `Acme pricing\nAcme-1: $${version}.00 per 1M input tokens\n`;
      const at = new Date(start + version * 86_400_000);
      const recorded = await recordCheckResult(db, {
        sourceId: source.id,
        startedAt: at,
        finishedAt: at,
        result: { kind: "content", engine: "http", httpStatus: 200, finalUrl: null, contentType: "text/plain", rawBody: text, normalizedText: text, contentHash: hashContent(text) },
      });
      ids.push(recorded.snapshot!.id);
    }

    await page.goto(`/sources/${source.id}`);
    const timeline = page.getByRole("list", { name: "Snapshot timeline" }).locator("li[data-timeline-snapshot]");
    await expect(timeline).toHaveCount(10);
    await expect(timeline.first()).toHaveAttribute("data-timeline-snapshot", ids[11]!);
    const pages = page.getByRole("navigation", { name: "Timeline pages" });
    await expect(pages).toContainText("page 1 of 2");

    await pages.getByRole("link", { name: "older →" }).click();
    await expect(timeline).toHaveCount(2);
    await expect(timeline.last()).toHaveAttribute("data-timeline-snapshot", ids[0]!);
    // Pick the oldest as "old" on page 2; the newest ("new", on page 1) travels along in a hidden field.
    await timeline.last().getByRole("radio", { name: /^Old:/ }).check();
    await page.getByRole("button", { name: "Compare" }).click();
    await expect(page).toHaveURL(new RegExp(`from=${ids[0]}.*to=${ids[11]}|to=${ids[11]}.*from=${ids[0]}`));
    await expect(page.locator("#diff")).toContainText("$1.00 per 1M input tokens");
    await expect(page.locator("#diff")).toContainText("$12.00 per 1M input tokens");
  } finally {
    await removeSource(db, source.id);
    await db.$disconnect();
  }
});
