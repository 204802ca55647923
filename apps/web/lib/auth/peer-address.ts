// How the dashboard's server (server/serve.ts) tells the app which TCP peer sent a request. Next's
// handlers see headers, not the socket, and a client can send any header, so the server drops every
// client-sent copy of this one and writes "<token> <address>", where the token is random per process
// and known to the app through RATECARD_PEER_TOKEN. Under any other server (a bare `next start`) the
// token is unset and the header is not believed: the address is then unknown.
export const PEER_ADDRESS_HEADER = "x-ratecard-peer-address";

export function formatPeerAddress(token: string, address: string): string {
  return `${token} ${address}`;
}

/** The peer address in the header when it carries this process's token, else null. */
export function readPeerAddress(value: string | null, token: string | undefined): string | null {
  if (!value || !token) return null;
  const space = value.indexOf(" ");
  if (space < 0 || value.slice(0, space) !== token) return null;
  return value.slice(space + 1).trim() || null;
}
