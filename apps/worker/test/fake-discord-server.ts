// A local stand-in for discord.com/api/v9: GET /api/v9/invites/{code}?with_counts=true answers with the
// recorded responses in ../shared/fixtures/discord; any other code is Discord's Unknown Invite (404, 10006).
import { readFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { FIXTURES_DIR } from "./fixture-server";

export interface FakeDiscord {
  /** The API base to pass as DISCORD_API_URL. */
  apiUrl: string;
  /** Replace or add an invite's answer (e.g. a later count derived from a fixture). */
  setInvite(code: string, body: Record<string, unknown>): void;
  hits(code: string): number;
  /** The next `times` requests for the code answer with this status (e.g. 503) before the usual answer. */
  failNext(code: string, times: number, status: number): void;
  close(): Promise<void>;
}

export function discordFixture(code: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(FIXTURES_DIR, "discord", `discord-api__invite-with_counts__${code}.json`), "utf8")) as Record<string, unknown>;
}

export async function startFakeDiscord(): Promise<FakeDiscord> {
  const invites = new Map<string, Record<string, unknown>>([
    ["forsen", discordFixture("forsen")],
    ["qbRE8WR", discordFixture("qbRE8WR")],
  ]);
  const counts = new Map<string, number>();
  const failures = new Map<string, { times: number; status: number }>();
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://x");
    const match = /^\/api\/v9\/invites\/([^/]+)$/.exec(url.pathname);
    const code = match ? decodeURIComponent(match[1] as string) : "";
    counts.set(code, (counts.get(code) ?? 0) + 1);
    const failure = failures.get(code);
    if (failure && failure.times > 0) {
      failure.times--;
      response.writeHead(failure.status, { "content-type": "application/json" }).end(JSON.stringify({ message: "Service Unavailable" }));
      return;
    }
    const invite = invites.get(code);
    if (!invite) {
      response.writeHead(404, { "content-type": "application/json" }).end(JSON.stringify({ message: "Unknown Invite", code: 10006 }));
      return;
    }
    const body = { ...invite };
    // Without with_counts Discord leaves the counts out.
    if (url.searchParams.get("with_counts") !== "true") {
      delete body.approximate_member_count;
      delete body.approximate_presence_count;
    }
    response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("fake Discord has no port");
  return {
    apiUrl: `http://127.0.0.1:${address.port}/api/v9`,
    setInvite: (code, body) => invites.set(code, body),
    hits: (code) => counts.get(code) ?? 0,
    failNext: (code, times, status) => failures.set(code, { times, status }),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
