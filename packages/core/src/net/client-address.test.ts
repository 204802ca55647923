import { describe, expect, it } from "vitest";
import { clientAddress } from "./client-address";

describe("the client's address: the TCP peer, or behind trusted proxies the hop they appended", () => {
  it("is the TCP peer when no proxy is trusted, whatever the client wrote into X-Forwarded-For", () => {
    expect(clientAddress({ peer: "198.51.100.4", forwardedFor: "203.0.113.9", trustedProxies: 0 })).toBe("198.51.100.4");
    expect(clientAddress({ peer: "198.51.100.4", forwardedFor: null, trustedProxies: 0 })).toBe("198.51.100.4");
  });

  it("reads an IPv4-mapped IPv6 peer as the IPv4 address, and writes IPv6 in lower case", () => {
    expect(clientAddress({ peer: "::ffff:127.0.0.2", forwardedFor: null, trustedProxies: 0 })).toBe("127.0.0.2");
    expect(clientAddress({ peer: "2001:DB8::1", forwardedFor: null, trustedProxies: 0 })).toBe("2001:db8::1");
  });

  it("is unknown without a peer: the server passed none on, so nothing in the request is trustworthy", () => {
    expect(clientAddress({ peer: null, forwardedFor: "203.0.113.9", trustedProxies: 1 })).toBe("unknown");
    expect(clientAddress({ peer: " ", forwardedFor: null, trustedProxies: 0 })).toBe("unknown");
  });

  it("behind trusted proxies takes the entry the outermost one appended, not what the client sent first", () => {
    // One proxy (the peer) appended the real client to the "1.2.3.4" the client forged.
    expect(clientAddress({ peer: "10.0.0.5", forwardedFor: "1.2.3.4, 203.0.113.9", trustedProxies: 1 })).toBe("203.0.113.9");
    // Two proxies: the load balancer appended the client, the ingress (the peer) appended the load balancer.
    expect(clientAddress({ peer: "10.0.0.6", forwardedFor: "1.2.3.4, 203.0.113.9, 10.0.0.5", trustedProxies: 2 })).toBe("203.0.113.9");
    expect(clientAddress({ peer: "10.0.0.5", forwardedFor: " 203.0.113.9 ,", trustedProxies: 1 })).toBe("203.0.113.9");
  });

  it("uses the leftmost hop when there are fewer hops than trusted proxies", () => {
    expect(clientAddress({ peer: "10.0.0.5", forwardedFor: "203.0.113.9", trustedProxies: 3 })).toBe("203.0.113.9");
    expect(clientAddress({ peer: "10.0.0.5", forwardedFor: null, trustedProxies: 1 })).toBe("10.0.0.5");
  });
});
