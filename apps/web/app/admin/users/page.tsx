// Who can sign in, and with which role; admins add users, change roles, reset passwords and remove users.
import { listUsers } from "@ratecard/db";
import type { Metadata } from "next";
import Link from "next/link";
import { AddUserForm } from "../../../components/add-user-form";
import { UserRowActions } from "../../../components/user-row-actions";
import { requireAdmin } from "../../../lib/auth/require-admin";
import { getDb } from "../../../lib/db";
import { formatTimestamp } from "../../../lib/format-timestamp";
import { SimpleTable } from "../../../components/simple-table";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const me = await requireAdmin();
  const users = await listUsers(getDb());
  return (
    <>
      <div className="mb-6 flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-semibold tracking-tight">Users</h1>
        <p className="text-sm text-slate-500">
          Admins change sources, rules and users; viewers read ·{" "}
          <Link href="/admin/sign-ins" className="text-sky-700 hover:underline">Failed sign-ins</Link>
        </p>
      </div>
      <section aria-labelledby="add-user-heading" className="mb-6">
        <h2 id="add-user-heading" className="mb-3 text-lg font-semibold">Add a user</h2>
        <AddUserForm />
      </section>
      <SimpleTable headers={["Email", "Role", "Created", "Change"]} bodyClassName="align-top">
          {users.map((user) => (
            <tr key={user.id} data-user-email={user.email}>
              <td className="min-w-[12rem] px-4 py-2 break-words">
                {user.email}
                {user.id === me.id && <span className="ml-1 text-xs text-slate-500">(you)</span>}
              </td>
              <td className="px-4 py-2" data-role-cell={user.role}>
                {user.role}
              </td>
              <td className="px-4 py-2 whitespace-nowrap text-slate-500">{formatTimestamp(user.createdAt)}</td>
              <td className="px-4 py-2">
                <UserRowActions user={user} isMe={user.id === me.id} />
              </td>
            </tr>
          ))}
      </SimpleTable>
    </>
  );
}
