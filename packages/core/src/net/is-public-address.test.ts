import { describe, expect, it } from "vitest";
import { isPublicAddress } from "./is-public-address";

describe("isPublicAddress", () => {
  it.each([
    ["127.0.0.1", "IPv4 loopback"],
    ["127.1", "short IPv4"],
    ["2130706433", "32-bit decimal IPv4"],
    ["0x7f.1", "hex IPv4"],
    ["0x7f000001", "32-bit hex IPv4"],
    ["0177.0.0.1", "octal IPv4"],
    ["10.0.0.8", "RFC 1918"],
    ["172.16.5.4", "RFC 1918"],
    ["192.168.1.1", "RFC 1918"],
    ["169.254.169.254", "cloud metadata (link-local)"],
    ["100.64.0.1", "CGNAT"],
    ["0.0.0.0", "unspecified"],
    ["224.0.0.1", "multicast"],
    ["255.255.255.255", "broadcast"],
    ["192.0.2.1", "documentation"],
    ["198.18.0.1", "benchmarking"],
    ["::1", "IPv6 loopback"],
    ["[::1]", "bracketed IPv6 loopback"],
    ["::", "IPv6 unspecified"],
    ["::7f00:1", "IPv4-compatible loopback"],
    ["::127.0.0.1", "IPv4-compatible loopback, dotted"],
    ["::808:808", "IPv4-compatible, even of a public IPv4"],
    ["::ffff:127.0.0.1", "IPv4-mapped loopback"],
    ["::ffff:7f00:1", "IPv4-mapped loopback, hex"],
    ["0:0:0:0:0:ffff:7f00:1", "IPv4-mapped loopback, uncompressed"],
    ["::ffff:a9fe:a9fe", "IPv4-mapped metadata address"],
    ["::ffff:0:7f00:1", "SIIT-translated loopback"],
    ["64:ff9b::7f00:1", "NAT64 of loopback"],
    ["64:ff9b::10.0.0.1", "NAT64 of RFC 1918"],
    ["64:ff9b:1::808:808", "NAT64 local-use prefix"],
    ["2002:7f00:1::1", "6to4 of loopback"],
    ["2002:c0a8:101::1", "6to4 of 192.168.1.1"],
    ["2001:0:4136:e378:8000:63bf:3fff:fdd2", "Teredo"],
    ["fec0::1", "site-local"],
    ["fc00::1", "unique local"],
    ["fd12:3456:789a::1", "unique local"],
    ["fe80::1", "link-local"],
    ["fe80::1%eth0", "link-local with zone"],
    ["ff02::1", "multicast"],
    ["2001:db8::1", "documentation"],
    ["100::1", "discard prefix"],
    ["not-an-address", "not an address"],
    ["", "empty"],
  ])("refuses %s (%s)", (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each([
    ["8.8.8.8", "public IPv4"],
    ["93.184.216.34", "public IPv4"],
    ["2606:4700::6810:84e5", "global IPv6"],
    ["::ffff:8.8.8.8", "IPv4-mapped public"],
    ["64:ff9b::808:808", "NAT64 of a public IPv4"],
    ["2002:808:808::1", "6to4 of a public IPv4"],
  ])("allows %s (%s)", (address) => {
    expect(isPublicAddress(address)).toBe(true);
  });
});
