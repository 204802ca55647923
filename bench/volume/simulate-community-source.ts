// A repository's or Discord community's year: one collection a day (a check with engine api) and its
// metric samples, growing along an S-curve with noise, the way real projects take off and level out.
import { randomUUID } from "node:crypto";
import type { Random } from "./random";

const DAY = 86_400_000;

export interface CommunitySpec {
  sourceId: string;
  kind: "github_repo" | "discord_invite";
  start: Date;
  end: Date;
}

export function simulateCommunitySource(random: Random, spec: CommunitySpec): { checks: Record<string, unknown>[]; samples: Record<string, unknown>[]; lastSlotAt: Date | null } {
  const checks: Record<string, unknown>[] = [];
  const samples: Record<string, unknown>[] = [];
  const ceiling = Math.round(10 ** random.int(3, 5) * (1 + random.next() * 4));
  const floor = Math.round(ceiling * (0.05 + random.next() * 0.3));
  const midpoint = random.int(60, 330);
  const steepness = 0.01 + random.next() * 0.04;
  let releases = random.int(0, 30);
  let lastSlotAt: Date | null = null;
  const days = Math.floor((spec.end.getTime() - spec.start.getTime()) / DAY);
  for (let day = 0; day <= days; day++) {
    const at = new Date(spec.start.getTime() + day * DAY + 6 * 3_600_000);
    if (at > spec.end) break;
    lastSlotAt = at;
    const duration = random.int(200, 1500);
    const check = { id: randomUUID(), source_id: spec.sourceId, started_at: at, finished_at: new Date(at.getTime() + duration), duration_ms: duration, engine: "api", slot_at: at };
    if (random.chance(0.01)) {
      checks.push({ ...check, outcome: "failed", http_status: 502, error: "HTTP 502 Bad Gateway from the API after 3 attempts" });
      continue;
    }
    checks.push({ ...check, outcome: "changed", http_status: 200 });
    const level = floor + (ceiling - floor) / (1 + Math.exp(-steepness * (day - midpoint)));
    const noise = 1 + (random.next() - 0.5) * 0.002;
    const sample = (metric: string, value: number) => samples.push({ id: randomUUID(), source_id: spec.sourceId, metric, value: Math.max(0, Math.round(value)), at, estimated: false });
    if (spec.kind === "github_repo") {
      const stars = level * noise;
      if (random.chance(0.03)) releases++;
      sample("stars", stars);
      sample("forks", stars * 0.12);
      sample("watchers", stars * 0.02);
      sample("open_issues", 40 + stars * 0.01 + random.int(-5, 5));
      sample("contributors", 5 + Math.sqrt(stars) * 1.5);
      sample("releases", releases);
      sample("commits_30d", random.int(20, 400));
    } else {
      const members = level * 3 * noise;
      sample("discord_members", members);
      sample("discord_online", members * (0.08 + random.next() * 0.05));
    }
  }
  return { checks, samples, lastSlotAt };
}
