// The dashboard's HTTP server: Next's request handler behind node:http, so that each request carries
// its TCP peer's address (see lib/auth/peer-address.ts) for the sign-in throttle. `next start` cannot:
// Next fills X-Forwarded-For from the socket only when the client sent none, so a client could choose
// its address. Run as `node --import tsx server/serve.ts --port 3000 --hostname 127.0.0.1` (what
// `ratecard start`/`serve`, `pnpm start` and the e2e stack do) after `next build`.
import { randomBytes } from "node:crypto";
import { createServer } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import next from "next";
import { z } from "zod";
import { formatPeerAddress, PEER_ADDRESS_HEADER } from "../lib/auth/peer-address";

const argsSchema = z.object({
  port: z.coerce.number({ error: "--port must be a port number" }).int().min(0).max(65_535, { error: "--port must be a port number" }),
  hostname: z.string().min(1, { error: "--hostname is empty" }),
});

const { values } = parseArgs({ options: { port: { type: "string", default: process.env.PORT ?? "3000" }, hostname: { type: "string", default: "127.0.0.1" } } });
const parsed = argsSchema.safeParse(values);
if (!parsed.success) {
  console.error(`ratecard dashboard server: ${parsed.error.issues.map((issue) => issue.message).join("; ")}`);
  process.exit(1);
}
const { port, hostname } = parsed.data;

const token = randomBytes(18).toString("base64url");
process.env.RATECARD_PEER_TOKEN = token;
const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const app = next({ dev: false, dir, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((request, response) => {
  delete request.headers[PEER_ADDRESS_HEADER];
  const peer = request.socket.remoteAddress;
  if (peer) request.headers[PEER_ADDRESS_HEADER] = formatPeerAddress(token, peer);
  handle(request, response).catch((error: unknown) => {
    console.error("ratecard dashboard server:", error);
    if (!response.headersSent) response.writeHead(500).end();
  });
});
// Node closes an idle keep-alive connection after 5 s; a client (a browser, a proxy, Playwright) that reuses
// it at that moment gets ECONNRESET. Keeping idle connections longer than clients do leaves the closing to them.
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
server.on("error", (error: NodeJS.ErrnoException) => {
  console.error(`ratecard dashboard server: cannot listen on ${hostname}:${port} (${error.code ?? error.message})`);
  process.exit(1);
});
server.listen(port, hostname, () => console.log(`Ready on http://${hostname}:${port}`));

const stop = () => {
  server.close(() => void app.close().finally(() => process.exit(0)));
  server.closeIdleConnections();
  setTimeout(() => process.exit(0), 5_000).unref();
};
process.once("SIGTERM", stop);
process.once("SIGINT", stop);
