import Link from "next/link";

export default function Forbidden() {
  return (
    <div className="mx-auto max-w-md py-16 text-center">
      <p className="text-sm font-semibold text-slate-500">403</p>
      <h1 className="mt-2 text-2xl font-semibold tracking-tight">Admins only</h1>
      <p className="mt-2 text-sm text-slate-600">Your account is a viewer. Ask an admin if you need access to this page.</p>
      <Link href="/" className="mt-6 inline-block text-sm font-medium text-sky-700 hover:underline">
        Back to the sources
      </Link>
    </div>
  );
}
