/**
 * The client's address as the trusted proxies saw it: with N trusted proxies appending to
 * X-Forwarded-For, the N-th entry from the right is the last one a client could not have forged.
 * Without trusted proxies (or without the header) there is no trustworthy address: "unknown".
 */
export function clientAddress(forwardedFor: string | null, trustedProxies: number): string {
  if (trustedProxies <= 0 || !forwardedFor) return "unknown";
  const hops = forwardedFor.split(",").map((entry) => entry.trim()).filter((entry) => entry !== "");
  return hops[hops.length - trustedProxies] ?? hops[0] ?? "unknown";
}
