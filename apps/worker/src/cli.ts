// The `ratecard` command line (contract in ARCHITECTURE.md): parses arguments, reads configuration once,
// and turns user errors into one line on stderr with exit status 1. Commands load on use, so that
// `--help` and light commands do not pay for the browser engine.
import { Command, CommanderError, Option } from "commander";
import { readEnv, type Env } from "./env";
import { errorLine } from "./error-line";

function buildProgram(getEnv: () => Env): Command {
  const program = new Command("ratecard")
    .description("Competitive pricing intelligence for AI APIs and open-source projects")
    .exitOverride();

  const sources = program.command("sources").description("the watch list");
  sources
    .command("add <url>")
    .description("watch a URL")
    .addOption(new Option("--kind <kind>", "what it is").choices(["page", "registry", "github_repo", "discord_invite"]).default("page"))
    .option("--name <name>", "display name (default: host and path)")
    .option("--provider <name>", "provider, e.g. anthropic")
    .option("--every <cron>", "cron schedule (default: every 6 hours for pages, daily for repositories)")
    .addOption(new Option("--mode <mode>", "fetch engine").choices(["auto", "http", "browser"]).default("auto"))
    .option("--selector <css>", "only watch the part of the page matching this CSS selector")
    .option("--ignore <regex...>", "ignore lines matching these regular expressions")
    .action((url: string, options) => import("./commands/sources-add").then((m) => m.sourcesAdd(getEnv(), url, options)));
  sources.command("list").description("list sources with their last check").option("--json").action((options) => import("./commands/sources-list").then((m) => m.sourcesList(getEnv(), options)));
  sources.command("remove <id>").description("stop watching a source (deletes its history)").action((id: string) => import("./commands/sources-remove").then((m) => m.sourcesRemove(getEnv(), id)));
  sources.command("import <file>").description("add or update sources from a YAML watch list").action((file: string) => import("./commands/sources-import").then((m) => m.sourcesImport(getEnv(), file)));

  program
    .command("check")
    .description("run due checks now (or one source, or all) and print a summary")
    .option("--source <id>", "check this source")
    .option("--all", "check every enabled source")
    .option("--json")
    .action((options) => import("./commands/check").then((m) => m.check(getEnv(), options)));

  const snapshots = program.command("snapshots").description("stored versions of a source");
  snapshots.command("list <source>").option("--json").action((id: string, options) => import("./commands/snapshots").then((m) => m.snapshotsList(getEnv(), id, options)));
  snapshots.command("show <snapshot>").option("--raw", "the raw body instead of the readable text").action((id: string, options) => import("./commands/snapshots").then((m) => m.snapshotsShow(getEnv(), id, options)));
  snapshots
    .command("diff <snapshot> [other]")
    .description("text diff of a snapshot against the previous one, or between two snapshots")
    .option("--json")
    .action((id: string, other: string | undefined, options) => import("./commands/snapshots").then((m) => m.snapshotsDiff(getEnv(), id, other, options)));

  program
    .command("extract <fileOrUrl>")
    .description("the price card of a page")
    .option("--provider <name>")
    .option("--json")
    .action((ref: string, options) => import("./commands/extract").then((m) => m.extract(getEnv(), ref, options)));
  program
    .command("diff <old> <new>")
    .description("change events and text diff between two versions of a page")
    .option("--provider <name>")
    .option("--json")
    .action((a: string, b: string, options) => import("./commands/diff").then((m) => m.diff(getEnv(), a, b, options)));

  program
    .command("crosscheck")
    .description("models whose price on the provider's page disagrees with LiteLLM, OpenRouter or models.dev")
    .option("--provider <name>")
    .option("--tolerance <fraction>", "relative difference to ignore", "0.005")
    .option("--json")
    .action((options) => import("./commands/crosscheck").then((m) => m.crosscheck(getEnv(), options)));
  program
    .command("cost")
    .description("cost of a task on every model with known prices, cheapest first, at low and high volume")
    .requiredOption("--input <tokens>", "input tokens per task")
    .requiredOption("--output <tokens>", "output tokens per task")
    .option("--cached-share <fraction>", "share of input tokens read from the prompt cache (0-1)")
    .option("--batch", "use batch prices")
    .option("--requests-per-month <n>", "tasks per month (replaces the default volumes)")
    .option("--volumes <list>", "tasks per month to price, comma-separated", "1000,1000000")
    .option("--registries", "also rank models known only from registries")
    .option("--provider <name>")
    .option("--limit <n>", "rows to show", "25")
    .option("--json")
    .action((options) => import("./commands/cost").then((m) => m.cost(getEnv(), options)));

  const alerts = program.command("alerts").description("who hears about price changes and failing sources");
  alerts
    .command("add")
    .description("add an alert rule")
    .option("--name <name>")
    .option("--email <addresses...>", "recipients (repeat or comma-separate)")
    .option("--webhook <url>", "post Slack-compatible JSON here")
    .option("--source <ids...>")
    .option("--provider <names...>")
    .option("--model <patterns...>", "model globs, e.g. 'claude-*' (case-insensitive)")
    .option("--kinds <kinds...>", "price_increase, price_decrease, model_added, model_removed, model_renamed, tier_added, tier_removed, scheduled_change, source_failure, extraction_degraded")
    .option("--min-pct <percent>", "only changes of at least this many percent")
    .option("--direction <direction>", "up, down or any")
    .option("--cadence <cadence>", "immediate, daily or weekly")
    .option("--hour <hour>", "digest hour, 0-23")
    .option("--weekday <day>", "weekly digest day, e.g. monday")
    .option("--tz <zone>", "IANA time zone, e.g. Europe/Berlin")
    .option("--failure-streak <n>", "failed checks in a row before a failure alert (default 3)")
    .option("--traction", "also send the weekly traction report")
    .action((options) => import("./commands/alerts-add").then((m) => m.alertsAdd(getEnv(), options)));
  alerts.command("list").description("alert rules with their outbox").option("--json").action((options) => import("./commands/alerts-list").then((m) => m.alertsList(getEnv(), options)));
  alerts.command("remove <id>").description("remove a rule").action((id: string) => import("./commands/alerts-remove").then((m) => m.alertsRemove(getEnv(), id)));
  alerts
    .command("test <id>")
    .description("send a sample alert to the rule's recipients now")
    .action((id: string) => import("./commands/alerts-test").then((m) => m.alertsTest(getEnv(), id, { baseUrl: getEnv().RATECARD_PUBLIC_URL })));

  const report = program.command("report").description("reports over collected data");
  report
    .command("traction")
    .description("open-source traction: one row per repository or Discord community, fastest growing first")
    .option("--since <window>", "growth window in days or weeks, e.g. 30d, 12w", "30d")
    .addOption(new Option("--format <format>", "output format").choices(["md", "csv", "json", "table"]).default("md"))
    .action((options) => import("./commands/report-traction").then((m) => m.reportTraction(getEnv(), options)));

  program.command("worker").description("run the scheduler and job workers until stopped").option("--no-schedule", "only run jobs").action((options) => import("./commands/worker").then((m) => m.worker(getEnv(), options)));
  program.command("serve").description("the dashboard only, on the same database").action(() => import("./commands/serve").then((m) => m.serve(getEnv())));
  program.command("start").description("database, worker and dashboard in one process").option("--no-web", "without the dashboard").action((options) => import("./commands/start").then((m) => m.start(getEnv(), options)));
  return program;
}

export async function runCli(argv: string[]): Promise<number> {
  const holder: { env: Env | null } = { env: null };
  const getEnv = () => (holder.env ??= readEnv());
  const program = buildProgram(getEnv);
  try {
    await program.parseAsync(argv, { from: "user" });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 1;
    console.error(`ratecard: ${errorLine(error)}`);
    if (holder.env?.RATECARD_DEBUG && error instanceof Error) console.error(error.stack);
    return 1;
  }
}

// `ratecard ... | head` closes the pipe early: that is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
});
const exitCode = await runCli(process.argv.slice(2));
// A worker stopped by an uncaught exception (fault-handlers.ts) has set 1 already: keep it.
if (exitCode !== 0) process.exitCode = exitCode;
