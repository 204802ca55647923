import type { Db } from "../create-db-client";
import type { User } from "../generated/prisma/client";

export async function findUserByEmail(db: Db, email: string): Promise<User | null> {
  return db.user.findUnique({ where: { email: email.trim().toLowerCase() } });
}
