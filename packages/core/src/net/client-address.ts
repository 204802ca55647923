/**
 * The address a sign-in attempt came from. `peer` is the TCP peer of the dashboard's own server (the
 * socket's remote address, passed on by apps/web/server); a client cannot choose it. Behind N trusted
 * reverse proxies the peer is the nearest proxy, and the hops are X-Forwarded-For's entries followed by
 * the peer: the client is the one N places left of the peer, the last hop a client could not have forged.
 * X-Forwarded-For is ignored without trusted proxies. IPv4-mapped IPv6 peers ("::ffff:203.0.113.9")
 * read as their IPv4 address. Without a peer (the server did not pass one on) the address is "unknown".
 */
export function clientAddress(input: { peer: string | null; forwardedFor: string | null; trustedProxies: number }): string {
  const peer = input.peer?.trim();
  if (!peer) return "unknown";
  const forwarded = input.trustedProxies > 0 && input.forwardedFor ? input.forwardedFor.split(",").map((entry) => entry.trim()).filter((entry) => entry !== "") : [];
  const hops = [...forwarded, peer];
  const client = hops[hops.length - 1 - input.trustedProxies] ?? hops[0]!;
  return unmapIpv4(client);
}

function unmapIpv4(address: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  return mapped ? mapped[1]! : address.toLowerCase();
}
