// Internal shapes of the price extractor: what a label says about a price, and a price before it is finalised.

/** What a header, row label, section heading or cell note says about the prices it governs. */
export interface Traits {
  io?: "input" | "output";
  cache?: "read" | "write";
  /** A single non-text modality ("audio", "image", "video"); text is the default and is left out. */
  modality?: string;
  kind?: "training" | "search" | "request" | "storage" | "embedding";
  /** A dimension the page names that no trait above describes ("citation tokens" -> "citation"). */
  dimension?: string;
  tier?: string;
  cacheTtl?: string;
  contextAbove?: number;
  contextUpTo?: number;
  unit?: string;
  currency?: string;
  validFrom?: string;
  validUntil?: string;
  qualifiers?: Record<string, string>;
  /** "Free of charge", a free-tier column: not a price. */
  free?: boolean;
  /** A footnote marker on the price or the model ("*", "†", "1" for "¹" or "[1]"), resolved against the page's notes. */
  footnote?: string;
  /** A plan or subscription price ("$20/month"): not an API price. */
  subscription?: boolean;
}

/** One money amount found in a piece of text, with the words around it. */
export interface PriceMention {
  /** The amount as written, without grouping commas ("0.125"). */
  amountText: string;
  amount: number;
  currency: string | null;
  unit: string | null;
  /** Traits of the label before the amount ("Input:", "Batch requests:"), sticky within a cell. */
  label: Traits;
  labelText: string;
  /** Traits of the note after the amount ("prompts > 200k tokens", "(audio)", "per hour (storage price)"). */
  note: Traits;
  noteText: string;
  /** The amount is an approximation or an example ("~$0.003"). */
  approximate: boolean;
  start: number;
  end: number;
}

/** A price found by one of the layout readers, before units are normalised and duplicates removed. */
export interface PriceCandidate {
  model: string;
  /** The API id stated beside the model's name, if any. */
  modelId?: string;
  traits: Traits;
  amountText: string;
  amount: number;
  evidence: string;
  line: number;
}
