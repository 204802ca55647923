// Whether an IP address is on the public internet: the fetcher refuses everything else (loopback,
// private, link-local and cloud metadata, CGNAT, multicast, reserved and documentation ranges), and
// IPv6 forms that carry an IPv4 address are judged by the IPv4 address they carry.
import ipaddr from "ipaddr.js";

/**
 * True for a public unicast address. Accepts any textual form ipaddr.js parses (dotted, octal, hex and
 * 32-bit IPv4; IPv6 with or without brackets and zone); anything unparseable is not public.
 */
export function isPublicAddress(address: string): boolean {
  const text = address.trim().replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  if (!ipaddr.isValid(text)) return false;
  const parsed = ipaddr.parse(text);
  if (parsed.kind() === "ipv4") return parsed.range() === "unicast";
  const p = (parsed as ipaddr.IPv6).parts.map((part) => part ?? 0);
  const zeros = (from: number, to: number) => p.slice(from, to).every((part) => part === 0);
  const v4 = (hi: number, lo: number) => `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
  // IPv4-mapped ::ffff:a.b.c.d, SIIT ::ffff:0:a.b.c.d and NAT64's well-known 64:ff9b::a.b.c.d reach that IPv4 address.
  const mapped = zeros(0, 5) && p[5] === 0xffff;
  const siit = zeros(0, 4) && p[4] === 0xffff && p[5] === 0;
  const nat64 = p[0] === 0x64 && p[1] === 0xff9b && zeros(2, 6);
  if (mapped || siit || nat64) return isPublicAddress(v4(p[6] ?? 0, p[7] ?? 0));
  // 6to4 2002:AABB:CCDD::/48 tunnels to a.b.c.d.
  if (p[0] === 0x2002) return isPublicAddress(v4(p[1] ?? 0, p[2] ?? 0));
  // Only global unicast (2000::/3) outside every special range passes: this refuses IPv4-compatible
  // ::a.b.c.d (::7f00:1), ::1, Teredo 2001::/32, site-local fec0::/10, unique local fc00::/7,
  // link-local, multicast, NAT64 local-use 64:ff9b:1::/48, documentation 2001:db8::/32 and ORCHID.
  return ((p[0] ?? 0) & 0xe000) === 0x2000 && parsed.range() === "unicast";
}
