"use server";
// Removing a source with its checks, snapshots and events (admins only; the page asks to confirm first).
import { getSource, removeSource } from "@ratecard/db";
import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { requireAdmin } from "../auth/require-admin";
import { getDb } from "../db";

export async function deleteSource(sourceId: string): Promise<void> {
  await requireAdmin();
  const db = getDb();
  const source = await getSource(db, sourceId);
  if (!source) notFound();
  await removeSource(db, source.id);
  revalidatePath("/sources", "layout");
  redirect("/sources");
}
