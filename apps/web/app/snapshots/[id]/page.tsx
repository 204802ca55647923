// One stored version of a source: its normalised text, or the raw body it was made from.
import { getSnapshotWithSource, listScreenshotIds } from "@ratecard/db";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SnapshotBody } from "../../../components/snapshot-body";
import { SnapshotViewTabs } from "../../../components/snapshot-view-tabs";
import { TimeAgo } from "../../../components/time-ago";
import { getDb } from "../../../lib/db";
import { firstParam } from "../../../lib/first-param";
import { requireUser } from "../../../lib/auth/require-user";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Snapshot" };

interface SnapshotPageProps {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function SnapshotPage({ params, searchParams }: SnapshotPageProps) {
  await requireUser();
  const { id } = await params;
  const view = firstParam((await searchParams).view) === "raw" ? "raw" : "text";
  const snapshot = await getSnapshotWithSource(getDb(), id);
  if (!snapshot) notFound();
  const now = new Date();
  const body = view === "raw" ? snapshot.rawBody : snapshot.normalizedText;
  const hasScreenshot = (await listScreenshotIds(getDb(), [snapshot.id])).has(snapshot.id);

  return (
    <div className="space-y-6">
      <div>
        <Link href={`/sources/${snapshot.source.id}`} className="text-sm text-slate-500 hover:text-slate-800">
          ← {snapshot.source.name}
        </Link>
        <h1 className="mt-1 text-2xl font-semibold tracking-tight">
          Snapshot <span className="font-mono text-xl text-slate-600">{snapshot.id.slice(0, 8)}</span>
        </h1>
      </div>

      <dl className="grid grid-cols-1 gap-x-6 gap-y-3 rounded-lg border border-slate-200 bg-white p-4 text-sm shadow-sm sm:grid-cols-2 lg:grid-cols-4">
        <div>
          <dt className="text-xs font-medium tracking-wide text-slate-500 uppercase">First seen</dt>
          <dd className="mt-0.5">
            <TimeAgo date={snapshot.firstSeenAt} now={now} />
          </dd>
        </div>
        <div>
          <dt className="text-xs font-medium tracking-wide text-slate-500 uppercase">Last seen</dt>
          <dd className="mt-0.5">
            <TimeAgo date={snapshot.lastSeenAt} now={now} />
          </dd>
        </div>
        <div>
          <dt className="text-xs font-medium tracking-wide text-slate-500 uppercase">Content type</dt>
          <dd className="mt-0.5 break-words">{snapshot.contentType ?? "unknown"}</dd>
        </div>
        <div className="min-w-0">
          <dt className="text-xs font-medium tracking-wide text-slate-500 uppercase">Hash</dt>
          <dd className="mt-0.5 truncate font-mono text-xs" title={snapshot.contentHash}>
            {snapshot.contentHash}
          </dd>
        </div>
      </dl>

      {snapshot.previousId && (
        <p className="text-sm">
          <Link
            href={`/sources/${snapshot.source.id}?from=${snapshot.previousId}&to=${snapshot.id}#diff`}
            className="text-sky-700 hover:underline"
          >
            What changed from the previous version
          </Link>
        </p>
      )}

      <div className="space-y-3">
        <SnapshotViewTabs snapshotId={snapshot.id} view={view} />
        <SnapshotBody text={body} label={view === "raw" ? "raw body" : "normalised text"} />
      </div>

      {hasScreenshot && (
        <figure className="rounded-lg border border-slate-200 bg-white p-2 shadow-sm">
          <figcaption className="mb-1 text-xs font-medium text-slate-600">
            Screenshot taken by the browser check ·{" "}
            <a href={`/snapshots/${snapshot.id}/screenshot`} className="text-sky-700 hover:underline">
              open image
            </a>
          </figcaption>
          <img src={`/snapshots/${snapshot.id}/screenshot`} alt="Screenshot of the page as the browser check saw it" className="w-full rounded border border-slate-100" />
        </figure>
      )}
    </div>
  );
}
