import type { RefusedRequest } from "./guarded-proxy";

export interface FetchedPage {
  engine: "http" | "browser";
  status: number;
  headers: Record<string, string>;
  body: string;
  finalUrl: string;
  contentType: string | null;
  screenshot?: Uint8Array | null;
  /** Requests of the page that the URL guard refused (browser engine; capped). */
  refusedRequests?: RefusedRequest[];
}
