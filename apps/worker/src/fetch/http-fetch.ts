// The plain-HTTP engine: undici connecting only to guard-approved addresses, manual redirects (each hop
// re-checked), an overall time-out, a body-size cap applied after decompression, and charset decoding.
// Every way out of a response that is not read to its end destroys its body: an undrained body keeps
// its connection, and the agent's close() would wait for it.
import { pipeline, type Readable, type Transform } from "node:stream";
import zlib from "node:zlib";
import { Agent, request } from "undici";
import { FetchError } from "./fetch-error";
import type { FetchedPage } from "./types";
import type { UrlGuard } from "./url-guard";

export interface HttpFetcher {
  fetch(url: string, options?: { accept?: string }): Promise<FetchedPage>;
  close(): Promise<void>;
}

const MAX_REDIRECTS = 8;
export const USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36 ratecard/0.1";

export function createHttpFetcher(options: { guard: UrlGuard; timeoutMs: number; maxBodyBytes: number }): HttpFetcher {
  const { guard, timeoutMs, maxBodyBytes } = options;
  const agent = new Agent({
    connect: guard.connector(Math.min(timeoutMs, 15_000)),
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
  });

  async function fetchPage(rawUrl: string, fetchOptions: { accept?: string } = {}): Promise<FetchedPage> {
    const signal = AbortSignal.timeout(timeoutMs);
    let url = await guard.check(rawUrl);
    for (let hop = 0; ; hop++) {
      let response: Awaited<ReturnType<typeof request>>;
      try {
        response = await request(url, {
          dispatcher: agent,
          method: "GET",
          signal,
          headers: {
            "user-agent": USER_AGENT,
            accept: fetchOptions.accept ?? "text/html,application/xhtml+xml,application/json;q=0.9,text/plain;q=0.8,*/*;q=0.5",
            "accept-encoding": "gzip, deflate, br",
            "accept-language": "en-US,en;q=0.9",
          },
        });
      } catch (error) {
        throw toFetchError(error, url, timeoutMs);
      }
      const headers = flattenHeaders(response.headers);
      const location = headers.location;
      if (response.statusCode >= 300 && response.statusCode < 400 && location) {
        // A redirect's body is never read (it may be endless): drop it with its connection.
        discard(response.body);
        if (hop >= MAX_REDIRECTS) throw new FetchError("network", `too many redirects (more than ${MAX_REDIRECTS}) from ${rawUrl}`, { finalUrl: url.href });
        url = await guard.check(new URL(location, url).href);
        continue;
      }
      const declared = Number(headers["content-length"]);
      if (Number.isFinite(declared) && declared > maxBodyBytes && !headers["content-encoding"]) {
        discard(response.body);
        throw tooLarge(url, maxBodyBytes, response.statusCode);
      }
      let bytes: Buffer;
      try {
        bytes = await readLimited(decode(response.body, headers["content-encoding"]), maxBodyBytes);
      } catch (error) {
        // Size cap, decompression error, time-out: the decoder's end was destroyed, the body is not by itself.
        discard(response.body);
        if (error instanceof FetchError) throw new FetchError(error.kind, error.message.replace("{url}", url.href), { status: response.statusCode, finalUrl: url.href });
        throw toFetchError(error, url, timeoutMs);
      }
      const contentType = headers["content-type"] ?? null;
      return {
        engine: "http",
        status: response.statusCode,
        headers,
        body: decodeText(bytes, contentType),
        finalUrl: url.href,
        contentType,
      };
    }
  }

  return { fetch: fetchPage, close: () => agent.close() };
}

/** Drops a body that will not be read to its end (undici reports the abort as an error: expected here). */
function discard(body: Readable): void {
  body.on("error", () => {});
  body.destroy();
}

function tooLarge(url: URL, max: number, status: number): FetchError {
  return new FetchError("too-large", `${url.href} is larger than the ${formatBytes(max)} limit (RATECARD_MAX_BODY_BYTES)`, { status, finalUrl: url.href });
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.round(n / 1024)} KB`;
}

function flattenHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(headers)) {
    if (value !== undefined) out[key.toLowerCase()] = Array.isArray(value) ? value.join(", ") : value;
  }
  return out;
}

/** The decoded body; pipeline() carries an error of either side to the other (pipe() would not). */
function decode(body: Readable, encoding: string | undefined): Readable {
  const decoder = decoderFor(encoding);
  if (!decoder) return body;
  pipeline(body, decoder, () => {});
  return decoder;
}

function decoderFor(encoding: string | undefined): Transform | null {
  switch (encoding?.trim().toLowerCase()) {
    case "gzip":
    case "x-gzip":
      return zlib.createGunzip();
    case "br":
      return zlib.createBrotliDecompress();
    case "deflate":
      return zlib.createInflate();
    default:
      return null;
  }
}

async function readLimited(stream: Readable, max: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buffer = chunk as Buffer;
    total += buffer.length;
    if (total > max) {
      stream.destroy();
      throw new FetchError("too-large", `{url} is larger than the ${formatBytes(max)} limit (RATECARD_MAX_BODY_BYTES)`);
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

function decodeText(bytes: Buffer, contentType: string | null): string {
  const declared = /charset=["']?([\w-]+)/i.exec(contentType ?? "")?.[1];
  const sniffed = declared ?? /<meta[^>]+charset=["']?([\w-]+)/i.exec(bytes.subarray(0, 2048).toString("latin1"))?.[1];
  try {
    return new TextDecoder(sniffed ?? "utf-8").decode(bytes);
  } catch {
    return new TextDecoder("utf-8").decode(bytes);
  }
}

function toFetchError(error: unknown, url: URL, timeoutMs: number): FetchError {
  if (error instanceof FetchError) return error;
  const e = error as { name?: string; code?: string; message?: string; cause?: unknown };
  if (e.cause instanceof FetchError) return e.cause;
  if (e.name === "TimeoutError" || e.name === "AbortError" || /TIMEOUT/.test(e.code ?? "")) {
    return new FetchError("timeout", `${url.href} did not answer within ${Math.round(timeoutMs / 1000)} s`, { finalUrl: url.href, cause: error });
  }
  if (/^(Z_|ERR_BROTLI)/.test(e.code ?? "")) {
    return new FetchError("network", `${url.href}: the compressed body cannot be decompressed (${e.code})`, { finalUrl: url.href, cause: error });
  }
  if (e.code === "ENOTFOUND") return new FetchError("unknown-host", `cannot resolve ${url.hostname}: ENOTFOUND`, { finalUrl: url.href, cause: error });
  return new FetchError("network", `${url.href}: ${e.code ?? e.message ?? String(error)}`, { finalUrl: url.href, cause: error });
}
