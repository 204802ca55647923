// Servers for the fetch-guard tests: one that counts every TCP connection it gets (the address the
// fetcher must never reach), and a gzip bomb that streams for as long as the client reads.
import http from "node:http";
import type net from "node:net";
import zlib from "node:zlib";

export interface CountingServer {
  url: string;
  port: number;
  /** TCP connections accepted, WebSocket upgrades included: 0 means nothing reached this server. */
  connections(): number;
  close(): Promise<void>;
}

export async function startCountingServer(options: { host?: string; port?: number; body?: string } = {}): Promise<CountingServer> {
  let connections = 0;
  const body = options.body ?? "<html><body><p>B SECRET intranet price $999</p></body></html>";
  const server = http.createServer((_request, response) => {
    response.writeHead(200, { "content-type": "text/html" }).end(body);
  });
  server.on("connection", () => connections++);
  server.on("upgrade", (_request, socket: net.Socket) => socket.destroy());
  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, host, resolve));
  const port = (server.address() as net.AddressInfo).port;
  return {
    url: `http://${host}:${port}`,
    port,
    connections: () => connections,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Answers every request with an endless gzip stream of zeros (bounded: 4 GB of zeros at most). */
export async function startGzipBomb(): Promise<{ url: string; close(): Promise<void> }> {
  const zeros = Buffer.alloc(1024 * 1024);
  const server = http.createServer((_request, response) => {
    response.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" });
    const gzip = zlib.createGzip({ level: 9 });
    gzip.pipe(response);
    let sent = 0;
    const feed = () => {
      while (sent < 4096 && !response.destroyed) {
        sent++;
        if (!gzip.write(zeros)) return gzip.once("drain", feed);
      }
      gzip.end();
    };
    response.on("close", () => gzip.destroy());
    feed();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
