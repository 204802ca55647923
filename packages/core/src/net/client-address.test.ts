import { describe, expect, it } from "vitest";
import { clientAddress } from "./client-address";

describe("the client's address behind trusted proxies", () => {
  it("ignores X-Forwarded-For when no proxy is trusted: a client can write anything into it", () => {
    expect(clientAddress("203.0.113.9", 0)).toBe("unknown");
    expect(clientAddress(null, 1)).toBe("unknown");
  });

  it("takes the entry the outermost trusted proxy appended, not what the client sent first", () => {
    // The client forged "1.2.3.4"; one proxy appended the real address.
    expect(clientAddress("1.2.3.4, 203.0.113.9", 1)).toBe("203.0.113.9");
    // Two proxies: the load balancer appended the client, the ingress appended the load balancer.
    expect(clientAddress("1.2.3.4, 203.0.113.9, 10.0.0.5", 2)).toBe("203.0.113.9");
    expect(clientAddress(" 203.0.113.9 ,", 1)).toBe("203.0.113.9");
  });

  it("uses the leftmost entry when there are fewer entries than trusted proxies", () => {
    expect(clientAddress("203.0.113.9", 3)).toBe("203.0.113.9");
  });
});
