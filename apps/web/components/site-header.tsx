import Link from "next/link";

export function SiteHeader() {
  return (
    <header className="border-b border-slate-200 bg-white">
      <nav className="mx-auto flex w-full max-w-6xl items-center gap-6 px-4 py-3 sm:px-6" aria-label="Main">
        <Link href="/" className="text-lg font-semibold tracking-tight text-slate-900">
          ratecard
        </Link>
        <Link href="/" className="text-sm font-medium text-slate-600 hover:text-slate-900">
          Sources
        </Link>
      </nav>
    </header>
  );
}
