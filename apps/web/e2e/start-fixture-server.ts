// A local HTTP server serving ../shared/fixtures (beside the repository) as files, for sources the
// worker checks during the tests; nothing leaves the machine.
import { readFile } from "node:fs/promises";
import http from "node:http";
import path from "node:path";
import { repoRoot } from "@ratecard/db";

export const FIXTURES_DIR = path.resolve(repoRoot, "../shared/fixtures");

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".md": "text/markdown; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".json": "application/json",
};

export async function startFixtureServer(): Promise<{ url: string; stop(): Promise<void> }> {
  const server = http.createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
    const file = path.resolve(FIXTURES_DIR, `.${pathname}`);
    if (!file.startsWith(`${FIXTURES_DIR}${path.sep}`)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      response.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" }).end(body);
    } catch {
      response.writeHead(404, { "content-type": "text/plain" }).end("not found");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("fixture server has no port");
  return {
    url: `http://127.0.0.1:${address.port}`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
