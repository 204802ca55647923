import type { Prisma } from "../generated/prisma/client";

/**
 * Inside a transaction: locks every admin row and returns their ids. Two admins demoting or removing each
 * other at the same moment then take turns, so the second sees the first's change and the last admin stays.
 */
export async function lockAdmins(tx: Prisma.TransactionClient): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id::text AS id FROM users WHERE role = 'admin' ORDER BY id FOR UPDATE`;
  return rows.map((row) => row.id);
}
