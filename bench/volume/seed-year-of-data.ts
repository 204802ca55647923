// Seeds a database with a year of data for 500 sources, to see how the dashboard copes with real
// volume: 380 pricing pages checked every 6 hours, 10 price registries checked hourly, 80 GitHub
// repositories and 30 Discord communities collected daily, with their snapshots, price points, change
// events, metric samples, alert rules and deliveries. Deterministic for a given --seed.
//
//   pnpm --filter @ratecard/bench seed:year [--database-url URL] [--data-dir DIR] [--sources 500] [--days 365] [--seed 1]
//
// Without a URL it starts an embedded PostgreSQL in --data-dir (default .ratecard/bench-volume) and leaves
// it there for `pnpm --filter @ratecard/bench time:pages`. It refuses a database that already has sources.
import { randomUUID } from "node:crypto";
import path from "node:path";
import { parseArgs } from "node:util";
import { createDbClient, createUser, migrateDatabase, repoRoot, startEmbeddedPostgres } from "@ratecard/db";
import pg from "pg";
import { createBulkInserter } from "./bulk-insert";
import { createRandom } from "./random";
import { simulateCommunitySource } from "./simulate-community-source";
import { simulatePriceSource } from "./simulate-price-source";
import { VOLUME_USERS } from "./volume-users";

const DAY = 86_400_000;
const KNOWN = ["openai", "anthropic", "google", "mistral", "deepseek", "xai", "cohere", "perplexity", "together", "fireworks", "groq", "cerebras", "ai21", "moonshot", "zhipu", "qwen", "minimax", "reka", "writer", "nvidia"];

export async function seedYearOfData(options: { databaseUrl: string; sources: number; days: number; seed: number; log: (line: string) => void }) {
  const random = createRandom(options.seed);
  const end = new Date();
  const start = new Date(end.getTime() - options.days * DAY);
  const client = new pg.Client({ connectionString: options.databaseUrl });
  await client.connect();
  try {
    const existing = await client.query<{ n: string }>("SELECT count(*)::text AS n FROM sources");
    if (Number(existing.rows[0]?.n) > 0) throw new Error(`the database already has ${existing.rows[0]?.n} sources: seed an empty database`);
    await client.query("SET synchronous_commit = off");
    await client.query("BEGIN");
    const col = (name: string, type: string) => ({ name, type });
    const sources = createBulkInserter(client, "sources", [col("id", "uuid"), col("kind", "source_kind"), col("name", "text"), col("url", "text"), col("provider", "text"), col("fetch_mode", "fetch_mode"), col("schedule", "text"), col("enabled", "boolean"), col("last_slot_at", "timestamptz"), col("created_at", "timestamptz"), col("updated_at", "timestamptz")], 1000);
    const snapshots = createBulkInserter(client, "snapshots", [col("id", "uuid"), col("source_id", "uuid"), col("content_hash", "text"), col("content_type", "text"), col("raw_body", "text"), col("normalized_text", "text"), col("first_seen_at", "timestamptz"), col("last_seen_at", "timestamptz"), col("previous_id", "uuid"), col("card_status", "text")], 500);
    const prices = createBulkInserter(client, "price_points", [col("id", "uuid"), col("snapshot_id", "uuid"), col("provider", "text"), col("model", "text"), col("dimension", "text"), col("tier", "text"), col("context_above", "int"), col("amount", "numeric"), col("unit", "text"), col("currency", "text"), col("usd_per_1m", "numeric"), col("evidence", "text")], 5000);
    const events = createBulkInserter(client, "change_events", [col("id", "uuid"), col("source_id", "uuid"), col("from_snapshot_id", "uuid"), col("to_snapshot_id", "uuid"), col("kind", "text"), col("provider", "text"), col("model", "text"), col("dimension", "text"), col("tier", "text"), col("context_above", "int"), col("unit", "text"), col("currency", "text"), col("summary", "text"), col("old_value", "numeric"), col("new_value", "numeric"), col("pct_change", "numeric"), col("old_evidence", "text"), col("new_evidence", "text"), col("detected_at", "timestamptz")], 3000);
    const checks = createBulkInserter(client, "checks", [col("id", "uuid"), col("source_id", "uuid"), col("started_at", "timestamptz"), col("finished_at", "timestamptz"), col("outcome", "check_outcome"), col("engine", "fetch_engine"), col("http_status", "int"), col("error", "text"), col("duration_ms", "int"), col("snapshot_id", "uuid"), col("slot_at", "timestamptz")], 5000);
    const samples = createBulkInserter(client, "metric_samples", [col("id", "uuid"), col("source_id", "uuid"), col("metric", "text"), col("value", "float8"), col("at", "timestamptz"), col("estimated", "boolean")], 5000);

    const pages = Math.round(options.sources * 0.76);
    const registries = Math.max(1, Math.round(options.sources * 0.02));
    const repos = Math.round(options.sources * 0.16);
    const communities = options.sources - pages - registries - repos;
    const eventIds: { id: string; at: Date }[] = [];
    const failingSources = new Set(Array.from({ length: Math.max(1, Math.round(options.sources / 60)) }, () => random.int(0, pages - 1)));
    const addSource = (row: Record<string, unknown>) => sources.add({ fetch_mode: "auto", enabled: true, created_at: start, updated_at: start, ...row });

    for (let i = 0; i < pages + registries; i++) {
      const isRegistry = i >= pages;
      const providerIndex = Math.floor(i / 4);
      const provider = isRegistry ? ["litellm", "openrouter", "models.dev"][i % 3]! : (KNOWN[providerIndex] ?? `vendor-${String(providerIndex + 1).padStart(2, "0")}`);
      const page = ["pricing", "docs/pricing", "models", "enterprise"][i % 4]!;
      const id = randomUUID();
      const spec = {
        sourceId: id,
        provider,
        providerName: provider.charAt(0).toUpperCase() + provider.slice(1),
        format: isRegistry ? ("registry" as const) : ("page" as const),
        modelCount: isRegistry ? random.int(120, 180) : random.int(5, 14),
        intervalHours: isRegistry ? 1 : 6,
        meanDaysBetweenChanges: isRegistry ? 2 : 14,
        failingForHours: failingSources.has(i) ? random.int(2, 96) : 0,
        start,
        end,
      };
      const rows = simulatePriceSource(random, spec);
      await addSource({
        id,
        kind: isRegistry ? "registry" : "page",
        name: isRegistry ? `${provider} registry ${i - pages + 1}` : `${spec.providerName} ${page.replace("/", " ")}`,
        url: isRegistry ? `https://registry-${i - pages + 1}.example/${provider}.json` : `https://${provider}.example/${page}`,
        provider,
        schedule: isRegistry ? `${i % 60} * * * *` : `${i % 60} */6 * * *`,
        last_slot_at: rows.lastSlotAt,
      });
      await sources.flush();
      for (const row of rows.snapshots) await snapshots.add(row);
      await snapshots.flush();
      for (const row of rows.pricePoints) await prices.add(row);
      for (const row of rows.events) {
        await events.add(row);
        eventIds.push({ id: row.id as string, at: row.detected_at as Date });
      }
      await events.flush();
      for (const row of rows.checks) await checks.add(row);
      if (i % 50 === 49) options.log(`  ${i + 1} price sources: ${snapshots.count} snapshots, ${prices.count} prices, ${events.count} events, ${checks.count} checks`);
    }

    for (let i = 0; i < repos + communities; i++) {
      const isRepo = i < repos;
      const id = randomUUID();
      const rows = simulateCommunitySource(random, { sourceId: id, kind: isRepo ? "github_repo" : "discord_invite", start, end });
      await addSource({
        id,
        kind: isRepo ? "github_repo" : "discord_invite",
        name: isRepo ? `example-org/project-${i + 1}` : `community-${i - repos + 1}`,
        url: isRepo ? `https://github.com/example-org/project-${i + 1}` : `https://discord.gg/community${i - repos + 1}`,
        provider: null,
        fetch_mode: "http",
        schedule: `${i % 60} 6 * * *`,
        last_slot_at: rows.lastSlotAt,
      });
      await sources.flush();
      for (const row of rows.checks) await checks.add(row);
      for (const row of rows.samples) await samples.add(row);
    }

    // Alert rules, and the deliveries they made: most sent, a few failed or still pending.
    const ruleIds = Array.from({ length: 20 }, () => randomUUID());
    for (const [n, id] of ruleIds.entries()) {
      await client.query(
        `INSERT INTO alert_rules (id, name, recipients, providers, cadence, min_pct_change, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [id, `rule ${n + 1}`, [`team${n + 1}@example.com`], n % 2 === 0 ? [KNOWN[n % KNOWN.length]] : [], n % 5 === 0 ? "daily" : "immediate", n % 3 === 0 ? 10 : null, start],
      );
    }
    const deliveries = createBulkInserter(client, "alert_deliveries", [col("id", "uuid"), col("rule_id", "uuid"), col("event_id", "uuid"), col("dedupe_key", "text"), col("kind", "text"), col("status", "delivery_status"), col("attempts", "int"), col("last_error", "text"), col("payload", "jsonb"), col("created_at", "timestamptz"), col("sent_at", "timestamptz"), col("next_attempt_at", "timestamptz")], 5000);
    for (const event of eventIds) {
      if (!random.chance(0.3)) continue;
      const status = random.chance(0.02) ? "failed" : random.chance(0.01) ? "pending" : "sent";
      await deliveries.add({
        id: randomUUID(),
        rule_id: random.pick(ruleIds),
        event_id: event.id,
        dedupe_key: `event:${event.id}`,
        kind: "event",
        status,
        attempts: status === "sent" ? 1 : random.int(1, 8),
        last_error: status === "sent" ? null : "SMTP 451 4.7.1 try again later",
        payload: {},
        created_at: event.at,
        sent_at: status === "sent" ? new Date(event.at.getTime() + 30_000) : null,
        next_attempt_at: event.at,
      });
    }
    for (const inserter of [sources, snapshots, prices, events, checks, samples, deliveries]) await inserter.flush();
    await client.query("COMMIT");
    options.log("analysing tables");
    await client.query("ANALYZE");
    const size = await client.query<{ size: string }>("SELECT pg_size_pretty(pg_database_size(current_database())) AS size");
    return {
      sources: sources.count,
      snapshots: snapshots.count,
      pricePoints: prices.count,
      changeEvents: events.count,
      checks: checks.count,
      metricSamples: samples.count,
      alertDeliveries: deliveries.count,
      databaseSize: size.rows[0]?.size ?? "?",
    };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      "database-url": { type: "string" },
      "data-dir": { type: "string", default: path.join(repoRoot, ".ratecard", "bench-volume") },
      sources: { type: "string", default: "500" },
      days: { type: "string", default: "365" },
      seed: { type: "string", default: "1" },
    },
  });
  const numbers = { sources: Number(values.sources), days: Number(values.days), seed: Number(values.seed) };
  for (const [name, value] of Object.entries(numbers)) {
    if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive whole number`);
  }
  if (numbers.sources < 10) throw new Error("--sources must be at least 10");
  const embedded = values["database-url"] ? null : await startEmbeddedPostgres({ dataDir: values["data-dir"] });
  const databaseUrl = values["database-url"] ?? embedded!.url;
  try {
    await migrateDatabase(databaseUrl, { quiet: true });
    const started = Date.now();
    console.log(`seeding ${numbers.sources} sources × ${numbers.days} days (seed ${numbers.seed})`);
    const counts = await seedYearOfData({ databaseUrl, ...numbers, log: (line) => console.log(line) });
    const db = createDbClient(databaseUrl, { maxConnections: 1 });
    try {
      for (const user of VOLUME_USERS) await createUser(db, user);
    } finally {
      await db.$disconnect();
    }
    console.log(JSON.stringify({ ...counts, seconds: Math.round((Date.now() - started) / 1000) }, null, 2));
    console.log(`users: ${VOLUME_USERS.map((u) => `${u.email} / ${u.password}`).join(", ")}`);
    if (embedded) console.log(`database: ${embedded.url} (data in ${embedded.dataDir})`);
  } finally {
    await embedded?.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(`seed:year: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
