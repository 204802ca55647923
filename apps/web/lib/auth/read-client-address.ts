// The signing-in client's address: the TCP peer the dashboard's server passed on, or behind
// RATECARD_TRUSTED_PROXIES proxies the hop the outermost one appended to X-Forwarded-For.
import { clientAddress } from "@ratecard/core";
import type { WebEnv } from "../env";
import { PEER_ADDRESS_HEADER, readPeerAddress } from "./peer-address";

export function readClientAddress(requestHeaders: Pick<Headers, "get">, env: Pick<WebEnv, "RATECARD_TRUSTED_PROXIES" | "RATECARD_PEER_TOKEN">): string {
  return clientAddress({
    peer: readPeerAddress(requestHeaders.get(PEER_ADDRESS_HEADER), env.RATECARD_PEER_TOKEN),
    forwardedFor: requestHeaders.get("x-forwarded-for"),
    trustedProxies: env.RATECARD_TRUSTED_PROXIES,
  });
}
