// Sign-in: email and password; a signed-in visitor goes straight on to the page asked for.
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "../../components/login-form";
import { getCurrentUser } from "../../lib/auth/get-current-user";
import { safeNextPath } from "../../lib/auth/safe-next-path";
import { firstParam } from "../../lib/first-param";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const next = safeNextPath(firstParam((await searchParams).next));
  if (await getCurrentUser()) redirect(next);
  return (
    <div className="mx-auto max-w-sm py-10">
      <h1 className="mb-6 text-2xl font-semibold tracking-tight">Sign in</h1>
      <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <LoginForm next={next} />
      </div>
    </div>
  );
}
