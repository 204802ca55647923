// The dashboard's sender and the workers' queue on one real Postgres: a sent job is taken by a worker,
// and its state and output (the check id) are readable by id.
import { createEmptyDatabase } from "@ratecard/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createJobSender, QueueNotReadyError } from "./create-job-sender";
import { createQueue, type Queue } from "./create-queue";
import { checkJobForKind } from "./jobs/check-job-for-kind";
import { checkSourceJob } from "./jobs/check-source-job";

let database: { url: string; drop(): Promise<void> };
beforeAll(async () => {
  database = await createEmptyDatabase();
});
afterAll(async () => {
  await database?.drop();
});

const SOURCE_ID = "7d1b8a44-2f0e-4d7a-9d55-6f3c1e0b9a10";

describe("createJobSender", () => {
  it("before any worker has set the queue up, says so instead of sending", async () => {
    const sender = createJobSender({ databaseUrl: database.url });
    try {
      const sent = sender.send(checkSourceJob, { sourceId: SOURCE_ID, slotAt: null });
      await expect(sent).rejects.toBeInstanceOf(QueueNotReadyError);
      await expect(sent).rejects.toThrow("the job queue is not set up on this database yet: start `ratecard worker` once");
    } finally {
      await sender.stop();
    }
  });

  it("sends a job a worker takes, and reads its state and output by id", async () => {
    const queue: Queue = createQueue({ databaseUrl: database.url });
    await queue.start();
    const sender = createJobSender({ databaseUrl: database.url });
    try {
      const job = checkJobForKind("page");
      const id = await sender.send(job, { sourceId: SOURCE_ID, slotAt: null });
      expect(await sender.getJob(job, id)).toMatchObject({ id, state: "created", data: { sourceId: SOURCE_ID, slotAt: null } });
      // Another source kind's queue does not know this id.
      expect(await sender.getJob(checkJobForKind("discord_invite"), id)).toBeNull();
      await expect(sender.send(job, { sourceId: "not-a-uuid", slotAt: null })).rejects.toThrow();

      const seen: unknown[] = [];
      await queue.work(job, 1, async (data) => {
        seen.push(data);
        return { outcome: "changed", checkId: "c0ffee00-0000-4000-8000-000000000001" };
      });
      let status = await sender.getJob(job, id);
      for (let i = 0; i < 100 && status?.state !== "completed"; i++) {
        await new Promise((resolve) => setTimeout(resolve, 200));
        status = await sender.getJob(job, id);
      }
      expect(seen).toEqual([{ sourceId: SOURCE_ID, slotAt: null }]);
      expect(status).toMatchObject({ state: "completed", output: { outcome: "changed", checkId: "c0ffee00-0000-4000-8000-000000000001" } });
      expect(status?.startedOn).toBeInstanceOf(Date);
    } finally {
      await sender.stop();
      await queue.stop({ graceful: false, timeoutMs: 5_000 });
    }
  });
});
