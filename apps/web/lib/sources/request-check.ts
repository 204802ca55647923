"use server";
// "Check now" (admins only): one job for the workers, outside the schedule (slotAt null). The page
// then follows the job by its id (?check=) until a worker has recorded the check.
import { checkJobForKind, QueueNotReadyError } from "@ratecard/queue";
import { getSource } from "@ratecard/db";
import { notFound, redirect } from "next/navigation";
import { requireAdmin } from "../auth/require-admin";
import { getDb } from "../db";
import { getJobSender } from "../queue";

export async function requestCheck(sourceId: string, _previous: { error: string | null }): Promise<{ error: string | null }> {
  await requireAdmin();
  const source = await getSource(getDb(), sourceId);
  if (!source) notFound();
  if (!source.enabled) return { error: "This source is paused: resume it first (workers skip paused sources)." };
  let jobId: string;
  try {
    jobId = await getJobSender().send(checkJobForKind(source.kind), { sourceId: source.id, slotAt: null });
  } catch (error) {
    if (error instanceof QueueNotReadyError) return { error: `Could not request a check: ${error.message}.` };
    throw error;
  }
  redirect(`/sources/${source.id}?check=${jobId}#check-now`);
}
