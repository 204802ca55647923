import type { Db } from "../create-db-client";
import type { User, UserRole } from "../generated/prisma/client";
import { hashPassword } from "./hash-password";

/** A new user with a scrypt-hashed password; emails are stored trimmed and lower-cased. */
export async function createUser(db: Db, input: { email: string; password: string; role: UserRole }): Promise<User> {
  return db.user.create({
    data: { email: input.email.trim().toLowerCase(), passwordHash: await hashPassword(input.password), role: input.role },
  });
}
