// One readable sentence per change event, for alerts, digests and the dashboard.
import type { ChangeEvent } from "../types";

const CURRENCY_SYMBOLS: Record<string, string> = { USD: "$", EUR: "€", CNY: "¥", GBP: "£", JPY: "¥" };

// Provider ids as the sources store them, spelled as the companies spell themselves.
const PROVIDER_NAMES: Record<string, string> = {
  openai: "OpenAI",
  xai: "xAI",
  deepseek: "DeepSeek",
  openrouter: "OpenRouter",
  litellm: "LiteLLM",
  "models.dev": "models.dev",
  ai21: "AI21",
  aws: "AWS",
  ibm: "IBM",
};

export function describeChangeEvent(event: ChangeEvent, provider?: string | null): string {
  const who = providerName(event.provider ?? provider);
  const subject = priceSubject(event);
  switch (event.kind) {
    case "model_added":
      return who ? `${who} added model ${modelLabel(event)}` : `Added model ${modelLabel(event)}`;
    case "model_removed":
      return who ? `${who} removed model ${modelLabel(event)}` : `Removed model ${modelLabel(event)}`;
    case "model_renamed":
      return withProvider(who, `${event.previousModel ?? "a model"} renamed to ${modelLabel(event)}`);
    case "tier_added":
    case "tier_removed": {
      const verb = event.kind === "tier_added" ? "added" : "removed";
      if (event.dimension === undefined) {
        const sentence = `${verb} the ${bandLabel(event)} for ${modelLabel(event)}`;
        return who ? `${who} ${sentence}` : capitalize(sentence);
      }
      const amount = event.kind === "tier_added" ? event.new : event.old;
      const price = amount === null || amount === undefined ? "" : `, ${event.kind === "tier_removed" ? "was " : ""}${formatMoney(amount, event.currency)}${perUnit(event.unit)}`;
      const sentence = `${verb} a price: ${subject}${price}`;
      return who ? `${who} ${sentence}` : capitalize(sentence);
    }
    case "price_increase":
    case "price_decrease":
      return withProvider(who, `${subject}, ${amounts(event)}`);
    case "scheduled_change": {
      const date = formatDate(event.effectiveAt);
      if (event.change === "cancelled") {
        const price = event.old === null || event.old === undefined ? "" : `, ${formatMoney(event.old, event.currency)}${perUnit(event.unit)}`;
        return withProvider(who, `scheduled price cancelled: ${subject}${price}${date ? ` from ${date}` : ""}`, true);
      }
      if (event.change === "changed") {
        const moved = event.previousEffectiveAt ? ` (was ${formatDate(event.previousEffectiveAt)})` : "";
        return withProvider(who, `scheduled price changed, from ${date}${moved}: ${subject}, ${amounts(event)}`, true);
      }
      return withProvider(who, `scheduled from ${date}: ${subject}, ${amounts(event)}`, true);
    }
  }
}

/** The model as named, with its API id when the page states one ("GLM 5.1 (e2ee-glm-5-1)": variants may share a name). */
function modelLabel(event: ChangeEvent): string {
  return event.modelId !== undefined && event.modelId !== event.model ? `${event.model} (${event.modelId})` : event.model;
}

/** "Claude Opus 4.6 cache write (1h), batch tier, prompts > 200K tokens". */
function priceSubject(event: ChangeEvent): string {
  const dimension = event.dimension ? ` ${event.dimension.replace(/_/g, " ")}${event.cacheTtl ? ` (${event.cacheTtl})` : ""}` : "";
  const parts = [`${modelLabel(event)}${dimension}`];
  if (event.tier && event.tier !== "standard") parts.push(`${tierLabel(event.tier)} tier`);
  if (event.contextAbove !== undefined) parts.push(`prompts > ${formatTokens(event.contextAbove)} tokens`);
  for (const [key, value] of Object.entries(event.qualifiers ?? {})) parts.push(`${key.replace(/_/g, " ")} ${value}`);
  return parts.join(", ");
}

function bandLabel(event: ChangeEvent): string {
  const context = event.contextAbove === undefined ? "" : `prompts > ${formatTokens(event.contextAbove)} tokens`;
  if (!event.tier || event.tier === "standard") return context ? `long-context tier (${context})` : "standard tier";
  return context ? `${tierLabel(event.tier)} tier for ${context}` : `${tierLabel(event.tier)} tier`;
}

/** "$10.00 → $5.00 per 1M tokens (−50%)", or just the new amount when there was none before. */
function amounts(event: ChangeEvent): string {
  const unit = perUnit(event.unit);
  const next = event.new === null || event.new === undefined ? "?" : formatMoney(event.new, event.currency);
  if (event.old === null || event.old === undefined) return `${next}${unit}`;
  const pct = event.pctChange === null || event.pctChange === undefined ? "" : ` (${formatPercent(event.pctChange)})`;
  return `${formatMoney(event.old, event.currency)} → ${next}${unit}${pct}`;
}

/** Two decimals at least, more when the amount needs them ($0.075, $0.0000125); the currency's symbol when it has one. */
function formatMoney(value: number, currency: string | undefined): string {
  const code = (currency ?? "USD").toUpperCase();
  let decimals = 2;
  while (decimals < 12 && Math.abs(Number(value.toFixed(decimals)) - value) > 1e-9 * Math.abs(value)) decimals++;
  const digits = Math.abs(value).toLocaleString("en-US", { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  const sign = value < 0 ? "−" : "";
  const symbol = CURRENCY_SYMBOLS[code];
  return symbol ? `${sign}${symbol}${digits}` : `${sign}${digits} ${code}`;
}

function formatPercent(pct: number): string {
  const digits = Math.abs(pct).toLocaleString("en-US", { maximumFractionDigits: 2 });
  return `${pct < 0 ? "−" : pct > 0 ? "+" : ""}${digits}%`;
}

function formatTokens(tokens: number): string {
  if (tokens >= 1_000_000 && tokens % 1_000_000 === 0) return `${tokens / 1_000_000}M`;
  if (tokens >= 1_000 && tokens % 1_000 === 0) return `${tokens / 1_000}K`;
  return tokens.toLocaleString("en-US");
}

function formatDate(date: string | null | undefined): string {
  if (!date) return "";
  const day = /^(\d{4}-\d{2}-\d{2})T00:00(?::00(?:\.000)?)?(?:Z|[+-]00:?00)?$/.exec(date.trim());
  return day ? day[1]! : date.trim();
}

function perUnit(unit: string | undefined): string {
  return unit ? ` per ${unit}` : "";
}

function tierLabel(tier: string): string {
  return tier.replace(/_/g, "-");
}

function providerName(provider: string | null | undefined): string {
  const id = provider?.trim();
  if (!id) return "";
  const known = PROVIDER_NAMES[id.toLowerCase()];
  if (known) return known;
  return id === id.toLowerCase() ? capitalize(id) : id;
}

/** "Anthropic: …"; without a provider the sentence stands alone, capitalised only when it starts with our own words. */
function withProvider(who: string, sentence: string, ownWordsFirst = false): string {
  if (who) return `${who}: ${sentence}`;
  return ownWordsFirst ? capitalize(sentence) : sentence;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
