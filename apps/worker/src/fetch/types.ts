export interface FetchedPage {
  engine: "http" | "browser";
  status: number;
  headers: Record<string, string>;
  body: string;
  finalUrl: string;
  contentType: string | null;
  screenshot?: Uint8Array | null;
}
