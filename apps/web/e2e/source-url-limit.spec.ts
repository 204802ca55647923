// A URL over the length limit is refused by the add-source form with the shared validation's message
// (it used to reach the database and end in a 500: "index row requires 10016 bytes").
import { createDbClient, type Db } from "@ratecard/db";
import { expect, test } from "@playwright/test";
import { readE2eEnv } from "./e2e-env";

let db: Db;
test.beforeAll(() => {
  db = createDbClient(readE2eEnv().databaseUrl, { maxConnections: 1 });
});
test.afterAll(async () => {
  await db.$disconnect();
});

test("the add-source form refuses a 3,012-character URL, saying its length and the limit", async ({ page }) => {
  const long = `https://example.com/${"p".repeat(2_992)}`;
  await page.goto("/sources/new");
  const form = page.getByRole("form", { name: "Add source" });
  await form.getByLabel("URL").fill(long);
  await form.getByLabel("Name").fill("E2E long URL");
  await form.getByRole("button", { name: "Add source" }).click();
  await expect(page.locator("#source-url-error")).toHaveText("URL is 3,012 characters; the limit is 2,048");
  await expect(page).toHaveURL("/sources/new");
  expect(await db.source.count({ where: { name: "E2E long URL" } })).toBe(0);
});
