// Keeps the fetcher on the public internet: http(s) only, and no host that resolves to loopback,
// private, link-local (cloud metadata) or otherwise non-public addresses, on every hop, unless its
// origin is on the intranet allowlist (RATECARD_ALLOWED_PRIVATE_ORIGINS). Connections go to the
// address the guard approved (`resolve`, `connect`), so a name cannot resolve one way for the check
// and another for the socket.
import dns from "node:dns";
import net from "node:net";
import { isPublicAddress, parseSourceUrl } from "@ratecard/core";
import { buildConnector } from "undici";
import { FetchError } from "./fetch-error";

export type ResolveHost = (hostname: string) => Promise<dns.LookupAddress[]>;

export interface GuardTarget {
  protocol: string;
  hostname: string;
  port: string | number;
}

export interface UrlGuard {
  /** Parses and checks a URL (scheme, and the host's addresses); throws FetchError. */
  check(raw: string): Promise<URL>;
  /** Resolves a target through the guard: the one address a connection to it may use; throws FetchError. */
  resolve(target: GuardTarget): Promise<dns.LookupAddress>;
  /** An undici connector that connects to the address `resolve` approved (TLS still checks the host name). */
  connector(timeoutMs: number): buildConnector.connector;
  allowPrivateHosts: boolean;
}

export function parseFetchUrl(raw: string): URL {
  const checked = parseSourceUrl(raw);
  if (!checked.ok) throw new FetchError("invalid-url", checked.error);
  return new URL(checked.url);
}

/** "http://Host:80/x" → "http://host": the form an allowlist entry and a URL are compared in. */
export function originOf(target: GuardTarget): string {
  const protocol = target.protocol.endsWith(":") ? target.protocol : `${target.protocol}:`;
  const host = net.isIPv6(target.hostname) ? `[${target.hostname}]` : target.hostname;
  return new URL(`${protocol}//${host}:${target.port || (protocol === "https:" ? 443 : 80)}`).origin;
}

const systemResolve: ResolveHost = (hostname) => dns.promises.lookup(hostname, { all: true });

export function createUrlGuard(options: { allowPrivateHosts: boolean; allowedPrivateOrigins?: readonly string[]; resolveHost?: ResolveHost }): UrlGuard {
  const { allowPrivateHosts } = options;
  const allowedOrigins = new Set((options.allowedPrivateOrigins ?? []).map((origin) => new URL(origin).origin));
  const resolveHost = options.resolveHost ?? systemResolve;

  const refuse = (host: string, address: string, url?: string) =>
    new FetchError(
      "private-address",
      `refused to fetch ${host}: it resolves to ${address}, a private or local address (allow an intranet page with RATECARD_ALLOWED_PRIVATE_ORIGINS)`,
      url ? { finalUrl: url } : {},
    );

  async function resolve(target: GuardTarget): Promise<dns.LookupAddress> {
    const host = target.hostname.replace(/^\[|\]$/g, "");
    const privateAllowed = allowPrivateHosts || allowedOrigins.has(originOf(target));
    const family = net.isIP(host);
    if (family) {
      if (!privateAllowed && !isPublicAddress(host)) throw refuse(host, host);
      return { address: host, family };
    }
    const name = host.toLowerCase().replace(/\.+$/, "");
    if (!privateAllowed && (name === "localhost" || name.endsWith(".localhost"))) throw refuse(host, "127.0.0.1");
    let addresses: dns.LookupAddress[];
    try {
      addresses = await resolveHost(host);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // A name that does not exist will not exist a minute later either; a resolver hiccup (EAI_AGAIN) may pass.
      const kind = code === "ENOTFOUND" ? "unknown-host" : "network";
      throw new FetchError(kind, `cannot resolve ${host}: ${code ?? String(error)}`, { cause: error });
    }
    const bad = privateAllowed ? undefined : addresses.find((a) => !isPublicAddress(a.address));
    if (bad) throw refuse(host, bad.address);
    const first = addresses[0];
    if (!first) throw new FetchError("network", `${host} has no address`);
    return first;
  }

  async function check(raw: string): Promise<URL> {
    const url = parseFetchUrl(raw);
    try {
      await resolve(url);
    } catch (error) {
      if (error instanceof FetchError) throw new FetchError(error.kind, error.message, { finalUrl: url.href, cause: error.cause });
      throw error;
    }
    return url;
  }

  function connector(timeoutMs: number): buildConnector.connector {
    const connect = buildConnector({ timeout: timeoutMs });
    return (opts, callback) => {
      resolve({ protocol: opts.protocol, hostname: opts.hostname, port: opts.port }).then(
        ({ address }) => {
          const servername = opts.servername ?? (net.isIP(opts.hostname.replace(/^\[|\]$/g, "")) ? undefined : opts.hostname);
          connect({ ...opts, hostname: address, ...(servername ? { servername } : {}) }, callback);
        },
        (error: Error) => callback(error, null),
      );
    };
  }

  return { check, resolve, connector, allowPrivateHosts };
}
