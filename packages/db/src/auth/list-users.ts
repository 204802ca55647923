import type { Db } from "../create-db-client";
import type { User } from "../generated/prisma/client";

export async function listUsers(db: Db): Promise<Pick<User, "id" | "email" | "role" | "createdAt">[]> {
  return db.user.findMany({ select: { id: true, email: true, role: true, createdAt: true }, orderBy: { createdAt: "asc" } });
}
