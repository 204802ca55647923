// Fetch failures by type: the type decides whether a check is retried and how it is recorded.
export type FetchErrorKind =
  | "invalid-url"
  | "private-address"
  | "timeout"
  | "too-large"
  | "network"
  | "unknown-host"
  | "not-found"
  | "http-status"
  | "blocked"
  | "browser";

const RETRYABLE: ReadonlySet<FetchErrorKind> = new Set(["timeout", "network", "browser"]);

export class FetchError extends Error {
  readonly kind: FetchErrorKind;
  readonly status: number | null;
  readonly finalUrl: string | null;
  /** Requests the URL guard refused before the failure (browser engine). */
  readonly refusedRequests: readonly { url: string; reason: string }[];

  constructor(
    kind: FetchErrorKind,
    message: string,
    options: { status?: number | null; finalUrl?: string | null; cause?: unknown; refusedRequests?: readonly { url: string; reason: string }[] } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "FetchError";
    this.kind = kind;
    this.status = options.status ?? null;
    this.finalUrl = options.finalUrl ?? null;
    this.refusedRequests = options.refusedRequests ?? [];
  }

  /** A time-out, a dropped connection or a 5xx/429 may pass; a 404, a challenge or a refused host will not. */
  get retryable(): boolean {
    if (this.kind === "http-status") return this.status !== null && (this.status >= 500 || this.status === 429);
    return RETRYABLE.has(this.kind);
  }
}
