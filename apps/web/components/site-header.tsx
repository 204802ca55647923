import type { SessionUser } from "@ratecard/db";
import Link from "next/link";
import { signOut } from "../lib/auth/sign-out";

// Changes first: what moved is the question people open the dashboard with.
const NAV = [
  { href: "/", label: "Changes" },
  { href: "/prices", label: "Prices" },
  { href: "/cost", label: "Cost" },
  { href: "/traction", label: "Traction" },
  { href: "/sources", label: "Sources" },
  { href: "/alerts", label: "Alerts" },
] as const;
const ADMIN_NAV = [{ href: "/admin/users", label: "Users" }] as const;

export function SiteHeader({ user }: { user: SessionUser | null }) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex w-full max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <nav className="flex min-w-0 items-center gap-6" aria-label="Main">
          <Link href="/" className="text-lg font-semibold tracking-tight text-slate-900">
            ratecard
          </Link>
          {user && (
            <div className="flex items-center gap-4 overflow-x-auto text-sm font-medium text-slate-600 sm:gap-6">
              {[...NAV, ...(user.role === "admin" ? ADMIN_NAV : [])].map((item) => (
                <Link key={item.href} href={item.href} className="whitespace-nowrap hover:text-slate-900">
                  {item.label}
                </Link>
              ))}
            </div>
          )}
        </nav>
        {user && (
          <div className="flex min-w-0 items-center gap-3 text-sm text-slate-600" data-testid="signed-in-user">
            <Link href="/settings/api-tokens" className="truncate hover:text-slate-900 hover:underline" title="Your API tokens">
              {user.email}
            </Link>
            <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs font-medium text-slate-700" data-role={user.role}>
              {user.role}
            </span>
            <form action={signOut}>
              <button type="submit" className="font-medium whitespace-nowrap text-sky-700 hover:underline">
                Sign out
              </button>
            </form>
          </div>
        )}
      </div>
    </header>
  );
}
