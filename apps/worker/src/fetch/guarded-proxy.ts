// The browser's only way out: a forward proxy on 127.0.0.1 (random port) that resolves every request's
// host through the URL guard and connects to the address the guard approved itself, so Chromium never
// resolves a name, and a redirect hop, sub-request, frame or worker request to a refused address never
// leaves this process. Plain HTTP is forwarded; https is tunnelled with CONNECT; WebSocket upgrades
// are refused. Each refusal is reported with the URL (or host:port for a tunnel) and the reason.
import http from "node:http";
import net from "node:net";
import type { Duplex } from "node:stream";
import { FetchError } from "./fetch-error";
import type { UrlGuard } from "./url-guard";

export interface RefusedRequest {
  url: string;
  reason: string;
}

export interface GuardedProxy {
  /** http://127.0.0.1:PORT */
  url: string;
  close(): Promise<void>;
}

/** Set on the proxy's own 403 answer, so the fetcher can tell a refused navigation from a page's 403. */
export const REFUSED_HEADER = "x-ratecard-refused";

const HOP_BY_HOP = new Set(["connection", "keep-alive", "proxy-connection", "proxy-authorization", "proxy-authenticate", "te", "trailer", "upgrade"]);

export async function startGuardedProxy(options: { guard: UrlGuard; timeoutMs: number; onRefused: (refused: RefusedRequest) => void }): Promise<GuardedProxy> {
  const { guard, timeoutMs, onRefused } = options;
  const sockets = new Set<Duplex>();
  const track = (socket: Duplex) => {
    sockets.add(socket);
    socket.once("close", () => sockets.delete(socket));
    return socket;
  };

  const reasonOf = (error: unknown) => (error instanceof FetchError ? error.message : error instanceof Error ? error.message : String(error));

  const server = http.createServer((request, response) => {
    let target: URL;
    try {
      target = new URL(request.url ?? "");
      if (target.protocol !== "http:") throw new Error("not http");
    } catch {
      onRefused({ url: request.url ?? "", reason: "not an absolute http URL (the proxy forwards http; https goes through CONNECT)" });
      response.writeHead(400, { [REFUSED_HEADER]: "1", "content-type": "text/plain" }).end("refused by ratecard's fetch guard");
      return;
    }
    guard.resolve(target).then(
      ({ address }) => {
        const headers: http.OutgoingHttpHeaders = {};
        for (const [name, value] of Object.entries(request.headers)) if (!HOP_BY_HOP.has(name)) headers[name] = value;
        const upstream = http.request({ host: address, port: target.port || 80, method: request.method, path: target.pathname + target.search, headers, setHost: false, agent: false, timeout: timeoutMs });
        upstream.on("socket", track);
        upstream.on("response", (answer) => {
          const back: http.OutgoingHttpHeaders = {};
          for (const [name, value] of Object.entries(answer.headers)) if (!HOP_BY_HOP.has(name) && name !== REFUSED_HEADER) back[name] = value;
          response.writeHead(answer.statusCode ?? 502, back);
          answer.pipe(response);
        });
        upstream.on("timeout", () => upstream.destroy(new Error("upstream time-out")));
        upstream.on("error", () => {
          if (!response.headersSent) response.writeHead(502, { "content-type": "text/plain" }).end("bad gateway");
          else response.destroy();
        });
        request.pipe(upstream);
      },
      (error: unknown) => {
        onRefused({ url: target.href, reason: reasonOf(error) });
        response.writeHead(403, { [REFUSED_HEADER]: "1", "content-type": "text/plain" }).end("refused by ratecard's fetch guard");
      },
    );
  });

  server.on("connection", track);

  server.on("connect", (request: http.IncomingMessage, client: Duplex, head: Buffer) => {
    const authority = request.url ?? "";
    let target: URL;
    try {
      target = new URL(`https://${authority}`);
    } catch {
      onRefused({ url: authority, reason: "not a host:port to tunnel to" });
      client.end("HTTP/1.1 400 Bad Request\r\n\r\n");
      return;
    }
    // A tunnel carries TLS to an https origin (a ws:// socket would come this way too: refused by
    // the browser engine, and allowed here only to an address the guard approves).
    guard.resolve({ protocol: "https:", hostname: target.hostname, port: target.port || 443 }).then(
      ({ address }) => {
        const upstream = net.connect({ host: address, port: Number(target.port || 443) });
        track(upstream);
        upstream.setTimeout(timeoutMs, () => upstream.destroy());
        upstream.once("connect", () => {
          client.write("HTTP/1.1 200 Connection Established\r\n\r\n");
          if (head.length > 0) upstream.write(head);
          upstream.pipe(client);
          client.pipe(upstream);
        });
        upstream.on("error", () => client.destroy());
        client.on("error", () => upstream.destroy());
        client.on("close", () => upstream.destroy());
      },
      (error: unknown) => {
        onRefused({ url: `https://${target.host}/`, reason: reasonOf(error) });
        client.end(`HTTP/1.1 403 Forbidden\r\n${REFUSED_HEADER}: 1\r\n\r\n`);
      },
    );
  });

  server.on("upgrade", (request: http.IncomingMessage, client: Duplex) => {
    onRefused({ url: (request.url ?? "").replace(/^http/, "ws"), reason: "WebSockets are not allowed" });
    client.end(`HTTP/1.1 403 Forbidden\r\n${REFUSED_HEADER}: 1\r\n\r\n`);
  });

  server.on("clientError", (_error, socket) => socket.destroy());

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const address = server.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
