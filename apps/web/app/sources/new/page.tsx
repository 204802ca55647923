// Add a source to the watch list (admins).
import type { Metadata } from "next";
import Link from "next/link";
import { SourceForm } from "../../../components/source-form";
import { requireAdmin } from "../../../lib/auth/require-admin";
import { saveSource } from "../../../lib/sources/save-source";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Add a source" };

export default async function NewSourcePage() {
  await requireAdmin();
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <div>
        <Link href="/sources" className="text-sm text-slate-500 hover:text-slate-800">
          ← Sources
        </Link>
        <h1 className="mt-1 text-2xl font-semibold tracking-tight">Add a source</h1>
      </div>
      <SourceForm
        action={saveSource.bind(null, null)}
        initial={{ url: "", name: "", kind: "page", provider: "", fetch: "auto", selector: "", ignore: "", every: "", enabled: "" }}
        submitLabel="Add source"
        now={new Date().toISOString()}
      />
    </div>
  );
}
