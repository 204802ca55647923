"use server";
// Pausing and resuming a source's scheduled checks (admins only).
import { getSource, setSourceEnabled } from "@ratecard/db";
import { revalidatePath } from "next/cache";
import { notFound } from "next/navigation";
import { requireAdmin } from "../auth/require-admin";
import { getDb } from "../db";

export async function setEnabled(sourceId: string, enabled: boolean): Promise<void> {
  await requireAdmin();
  const source = await getSource(getDb(), sourceId);
  if (!source || !(await setSourceEnabled(getDb(), source.id, enabled))) notFound();
  revalidatePath("/sources", "layout");
}
