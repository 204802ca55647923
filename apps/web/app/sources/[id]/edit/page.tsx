// Edit a source's settings (admins); its checks and snapshots stay.
import { getSource } from "@ratecard/db";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SourceForm } from "../../../../components/source-form";
import { requireAdmin } from "../../../../lib/auth/require-admin";
import { getDb } from "../../../../lib/db";
import { saveSource } from "../../../../lib/sources/save-source";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Edit source" };

export default async function EditSourcePage({ params }: { params: Promise<{ id: string }> }) {
  await requireAdmin();
  const source = await getSource(getDb(), (await params).id);
  if (!source) notFound();
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <div>
        <Link href={`/sources/${source.id}`} className="text-sm text-slate-500 hover:text-slate-800">
          ← {source.name}
        </Link>
        <h1 className="mt-1 text-2xl font-semibold tracking-tight break-words">Edit {source.name}</h1>
      </div>
      <SourceForm
        action={saveSource.bind(null, source.id)}
        initial={{
          url: source.url,
          name: source.name,
          kind: source.kind,
          provider: source.provider ?? "",
          fetch: source.fetchMode,
          selector: source.selector ?? "",
          ignore: source.ignorePatterns.join("\n"),
          every: source.schedule,
          enabled: "",
        }}
        submitLabel="Save changes"
        now={new Date().toISOString()}
      />
    </div>
  );
}
