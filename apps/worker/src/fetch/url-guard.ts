// Keeps the fetcher on the public internet: http(s) only, and no host that resolves to loopback,
// private, link-local (cloud metadata) or otherwise non-public addresses, on every hop.
import dns from "node:dns";
import net from "node:net";
import { parseSourceUrl } from "@ratecard/core";
import ipaddr from "ipaddr.js";
import { FetchError } from "./fetch-error";

export interface UrlGuard {
  /** Parses and checks a URL (scheme, and the host's addresses); throws FetchError. */
  check(raw: string): Promise<URL>;
  /** A dns.lookup replacement for sockets: refuses private answers at connect time (DNS rebinding). */
  lookup: typeof dns.lookup;
  allowPrivateHosts: boolean;
}

export function parseFetchUrl(raw: string): URL {
  const checked = parseSourceUrl(raw);
  if (!checked.ok) throw new FetchError("invalid-url", checked.error);
  return new URL(checked.url);
}

export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === "ipv6" && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) {
    parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  }
  return parsed.range() === "unicast";
}

export function createUrlGuard(options: { allowPrivateHosts: boolean }): UrlGuard {
  const { allowPrivateHosts } = options;

  const refuse = (host: string, address: string) =>
    new FetchError(
      "private-address",
      `refused to fetch ${host}: it resolves to ${address}, a private or local address (set RATECARD_ALLOW_PRIVATE_HOSTS=1 only for tests)`,
    );

  const lookup = ((hostname: string, opts: dns.LookupOptions, callback: (...args: unknown[]) => void) => {
    dns.lookup(hostname, { ...opts, all: true }, (error, addresses) => {
      if (error) return callback(error);
      const list = addresses as dns.LookupAddress[];
      const bad = allowPrivateHosts ? undefined : list.find((a) => !isPublicAddress(a.address));
      if (bad) return callback(refuse(hostname, bad.address));
      if (opts.all) return callback(null, list);
      const first = list[0];
      if (!first) return callback(new FetchError("network", `${hostname} has no address`));
      return callback(null, first.address, first.family);
    });
  }) as unknown as typeof dns.lookup;

  async function check(raw: string): Promise<URL> {
    const url = parseFetchUrl(raw);
    if (allowPrivateHosts) return url;
    const host = url.hostname.replace(/^\[|\]$/g, "");
    if (net.isIP(host)) {
      if (!isPublicAddress(host)) throw refuse(host, host);
      return url;
    }
    if (host === "localhost" || host.endsWith(".localhost")) throw refuse(host, "127.0.0.1");
    let addresses: dns.LookupAddress[];
    try {
      addresses = await dns.promises.lookup(host, { all: true });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // A name that does not exist will not exist a minute later either; a resolver hiccup (EAI_AGAIN) may pass.
      const kind = code === "ENOTFOUND" ? "unknown-host" : "network";
      throw new FetchError(kind, `cannot resolve ${host}: ${code ?? String(error)}`, { cause: error });
    }
    const bad = addresses.find((a) => !isPublicAddress(a.address));
    if (bad) throw refuse(host, bad.address);
    return url;
  }

  return { check, lookup, allowPrivateHosts };
}
