// The price card (a contract: `ratecard extract --json` prints it; see ARCHITECTURE.md).

export type PriceDimension =
  | "input"
  | "output"
  | "cache_read"
  | "cache_write"
  | "request"
  | "image"
  | "audio_input"
  | "audio_output"
  | "video"
  | "search"
  | "training"
  | "storage"
  | (string & {});

export type PriceTier = "standard" | "batch" | "flex" | "priority" | "off_peak" | "promo" | (string & {});

export type CardStatus = "ok" | "blocked" | "not-pricing" | "empty";

/** How a price is counted, as the page states it, before normalisation. */
export type PriceUnit =
  | "1M tokens"
  | "1K tokens"
  | "token"
  | "request"
  | "1K requests"
  | "image"
  | "second"
  | "minute"
  | "hour"
  | "1K characters"
  | "1M characters"
  | "GB-month"
  | "search"
  | "1K searches"
  | "page"
  | "1K pages"
  | (string & {});

export interface Price {
  model: string;
  /** The model's provider when a card covers several (a registry); absent on a provider's own page. */
  provider?: string;
  dimension: PriceDimension;
  tier: PriceTier;
  /** Applies to prompts longer than this many tokens ("prompts > 200K tokens"). */
  contextAbove?: number;
  /** Applies to prompts up to this many tokens, where the page states the lower tier's bound. */
  contextUpTo?: number;
  /** Cache-write time-to-live ("5m", "1h"). */
  cacheTtl?: string;
  /** ISO date from which a price applies (announced future price), or null/absent for "now". */
  validFrom?: string | null;
  /** ISO date until which a price applies (a promotion's end), or null/absent. */
  validUntil?: string | null;
  /** What the page says of the model's life: "deprecated", "retired", "legacy", "retiring" (not part of the price's identity). */
  lifecycle?: string;
  /** The API id the page states beside the model's name (an "ID" column: `zai-org-glm-4.6` for "GLM 4.6"); when stated, it keys the model in the diff (`priceModelKey`). */
  modelId?: string;
  /** Other qualifiers the page states (e.g. { window: "16:30-00:30 UTC" } for off-peak). */
  qualifiers?: Record<string, string>;
  amount: number;
  unit: PriceUnit;
  currency: string;
  /** USD per 1M tokens: set for token prices in USD only (no invented exchange rates). */
  usdPer1M?: number;
  /** The line or table row the price was read from. */
  evidence: string;
}

export interface RateLimit {
  model: string;
  usageTier?: string;
  rpm?: number;
  tpm?: number;
  rpd?: number;
  /** Requests per second, as stated (not converted to rpm). */
  rps?: number;
  /** Tokens per day ("Send up to 24 million tokens/day"). */
  tpd?: number;
  /** Tokens per month ("10,000 million tokens per month"). */
  tpmonth?: number;
  /** Input tokens per minute (Anthropic's ITPM), kept apart from a combined tpm. */
  itpm?: number;
  /** Output tokens per minute (Anthropic's OTPM). */
  otpm?: number;
  evidence: string;
}

export interface PriceModifier {
  name: string;
  factor: number;
  appliesTo: string;
  evidence: string;
}

/** A priced line the extractor found but could not turn into a model's price (counted by `ratecard extract`). */
export interface PageGap {
  kind: "unattributed_prices" | "not_a_model";
  /** 1-based line of the readable text. */
  line: number;
  text: string;
  detail: string;
}

export interface PriceCard {
  provider: string | null;
  status: CardStatus;
  prices: Price[];
  limits: RateLimit[];
  modifiers: PriceModifier[];
  warnings: string[];
  /** Priced lines that could not be read as a model's price (pages only). */
  gaps?: PageGap[];
}
