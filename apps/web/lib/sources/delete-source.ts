"use server";
// Removing a source with its checks, snapshots and events (admins only; the page asks to confirm first).
import { findSource, removeSource } from "@ratecard/db";
import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { requireAdmin } from "../auth/require-admin";
import { getDb } from "../db";

export async function deleteSource(sourceId: string): Promise<void> {
  await requireAdmin();
  const db = getDb();
  if (!(await findSource(db, sourceId))) notFound();
  await removeSource(db, sourceId);
  revalidatePath("/sources", "layout");
  redirect("/sources");
}
