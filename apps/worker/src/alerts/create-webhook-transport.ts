// Posts alert JSON to a rule's webhook under the fetcher's safety rules: http(s) only, the URL guard
// (no private, loopback or metadata addresses unless RATECARD_ALLOW_PRIVATE_HOSTS), connections made to
// the address the guard approved (its connector, as the fetcher's), no redirects, a time-out and a small
// response read.
import { Agent, request } from "undici";
import { FetchError } from "../fetch/fetch-error";
import { USER_AGENT } from "../fetch/http-fetch";
import { createUrlGuard } from "../fetch/url-guard";
import { DeliveryError } from "./delivery-error";

export interface WebhookTransport {
  /** Resolves on a 2xx answer; throws DeliveryError otherwise. */
  post(url: string, body: unknown, options: { deliveryId: string }): Promise<{ status: number }>;
  close(): Promise<void>;
}

export function createWebhookTransport(options: { allowPrivateHosts: boolean; timeoutMs?: number }): WebhookTransport {
  const guard = createUrlGuard({ allowPrivateHosts: options.allowPrivateHosts });
  const timeoutMs = options.timeoutMs ?? 15_000;
  const agent = new Agent({ connect: guard.connector(timeoutMs), headersTimeout: timeoutMs, bodyTimeout: timeoutMs });

  return {
    async post(rawUrl, body, { deliveryId }) {
      let url: URL;
      try {
        url = await guard.check(rawUrl);
      } catch (error) {
        const retryable = error instanceof FetchError && error.kind === "network";
        throw new DeliveryError(`webhook ${error instanceof Error ? error.message : String(error)}`, { permanent: !retryable, cause: error });
      }
      let status: number;
      try {
        const response = await request(url, {
          dispatcher: agent,
          method: "POST",
          signal: AbortSignal.timeout(timeoutMs),
          headers: { "content-type": "application/json", "user-agent": USER_AGENT, "x-ratecard-delivery": deliveryId, "idempotency-key": deliveryId },
          body: JSON.stringify(body),
        });
        status = response.statusCode;
        await response.body.dump({ limit: 64 * 1024 }).catch(() => {});
      } catch (error) {
        const refused = error instanceof FetchError || (error as { cause?: unknown })?.cause instanceof FetchError;
        throw new DeliveryError(`webhook ${url.host}: ${error instanceof Error ? error.message : String(error)}`, { permanent: refused, cause: error });
      }
      if (status >= 200 && status < 300) return { status };
      const retry = status >= 500 || status === 408 || status === 429;
      const why = status >= 300 && status < 400 ? " (redirects are not followed: give the final URL)" : "";
      throw new DeliveryError(`webhook ${url.host} answered HTTP ${status}${why}`, { permanent: !retry });
    },
    close: () => agent.close(),
  };
}
