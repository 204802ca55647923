import Link from "next/link";

// Changes first: what moved is the question people open the dashboard with.
const NAV = [
  { href: "/changes", label: "Changes" },
  { href: "/prices", label: "Prices" },
  { href: "/cost", label: "Cost" },
  { href: "/traction", label: "Traction" },
  { href: "/", label: "Sources" },
] as const;

export function SiteHeader() {
  return (
    <header className="border-b border-slate-200 bg-white">
      <nav className="mx-auto flex w-full max-w-6xl items-center gap-6 px-4 py-3 sm:px-6" aria-label="Main">
        <Link href="/" className="text-lg font-semibold tracking-tight text-slate-900">
          ratecard
        </Link>
        <div className="flex items-center gap-4 overflow-x-auto text-sm font-medium text-slate-600 sm:gap-6">
          {NAV.map((item) => (
            <Link key={item.href} href={item.href} className="whitespace-nowrap hover:text-slate-900">
              {item.label}
            </Link>
          ))}
        </div>
      </nav>
    </header>
  );
}
