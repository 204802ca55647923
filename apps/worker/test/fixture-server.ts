// A local HTTP server for tests: serves ../shared/fixtures as files, plus routes a test sets
// (a changed page, a challenge, a redirect, a slow answer). Counts requests per path.
import { readFile } from "node:fs/promises";
import http from "node:http";
import path from "node:path";
import { repoRoot } from "@ratecard/db";

export const FIXTURES_DIR = path.resolve(repoRoot, "../shared/fixtures");

export interface Route {
  status?: number;
  headers?: Record<string, string>;
  body: string | Buffer;
  delayMs?: number;
}

export interface FixtureServer {
  url: string;
  setRoute(pathname: string, route: Route | ((request: http.IncomingMessage) => Route)): void;
  hits(pathname: string): number;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".md": "text/markdown; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".json": "application/json",
};

export async function startFixtureServer(): Promise<FixtureServer> {
  const routes = new Map<string, Route | ((request: http.IncomingMessage) => Route)>();
  const counts = new Map<string, number>();
  const server = http.createServer(async (request, response) => {
    const pathname = new URL(request.url ?? "/", "http://x").pathname;
    counts.set(pathname, (counts.get(pathname) ?? 0) + 1);
    const entry = routes.get(pathname);
    if (entry) {
      const route = typeof entry === "function" ? entry(request) : entry;
      if (route.delayMs) await new Promise((resolve) => setTimeout(resolve, route.delayMs));
      response.writeHead(route.status ?? 200, { "content-type": "text/html; charset=utf-8", ...route.headers });
      response.end(route.body);
      return;
    }
    const file = path.join(FIXTURES_DIR, decodeURIComponent(pathname));
    if (!file.startsWith(FIXTURES_DIR + path.sep)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      response.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
      response.end(body);
    } catch {
      response.writeHead(404, { "content-type": "text/html" }).end("<h1>Not found</h1>");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("fixture server has no port");
  return {
    url: `http://127.0.0.1:${address.port}`,
    setRoute: (pathname, route) => routes.set(pathname, route),
    hits: (pathname) => counts.get(pathname) ?? 0,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function fixturePage(name: string): Promise<string> {
  return readFile(path.join(FIXTURES_DIR, "pages", name), "utf8");
}
