// One source: its settings, its current price card's health (degraded extraction, gaps), the text diff between two of its snapshots, its snapshots and its recent checks.
import { getCurrentCard, getSource, listChecks, listSnapshots } from "@ratecard/db";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { CardHealthSection } from "../../../components/card-health-section";
import { ChecksTable } from "../../../components/checks-table";
import { SnapshotDiffSection } from "../../../components/snapshot-diff-section";
import { SnapshotsTable } from "../../../components/snapshots-table";
import { SourceActions } from "../../../components/source-actions";
import { SourceDetails } from "../../../components/source-details";
import { getDb } from "../../../lib/db";
import { firstParam } from "../../../lib/first-param";
import { pickSnapshotPair } from "../../../lib/pick-snapshot-pair";
import { requireUser } from "../../../lib/auth/require-user";
import { parsePageParam } from "../../../lib/parse-page-param";

export const dynamic = "force-dynamic";

interface SourcePageProps {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

// One query per request, shared by the metadata and the page.
const loadSource = cache((id: string) => getSource(getDb(), id));

export async function generateMetadata({ params }: Pick<SourcePageProps, "params">): Promise<Metadata> {
  await requireUser();
  const source = await loadSource((await params).id);
  return { title: source?.name ?? "Not found" };
}

export default async function SourcePage({ params, searchParams }: SourcePageProps) {
  await requireUser();
  const { id } = await params;
  const query = await searchParams;
  const source = await loadSource(id);
  if (!source) notFound();
  const db = getDb();

  const [checks, snapshots, card] = await Promise.all([listChecks(db, source.id, { limit: 25 }), listSnapshots(db, source.id), getCurrentCard(db, source.id)]);
  const pair = pickSnapshotPair(
    snapshots.map((s) => s.id),
    { from: firstParam(query.from), to: firstParam(query.to) },
  );
  const now = new Date();

  return (
    <div className="space-y-8">
      <div>
        <Link href="/sources" className="text-sm text-slate-500 hover:text-slate-800">
          ← Sources
        </Link>
        <h1 className="mt-1 text-2xl font-semibold tracking-tight break-words">{source.name}</h1>
      </div>

      <SourceActions source={source} checkJobId={firstParam(query.check)} />

      <SourceDetails source={source} />

      <CardHealthSection card={card} now={now} />

      <section id="diff" aria-labelledby="diff-heading" className="space-y-3">
        <h2 id="diff-heading" className="text-lg font-semibold">
          Compare snapshots
        </h2>
        {pair ? (
          <SnapshotDiffSection
            source={source}
            snapshots={snapshots}
            pair={pair}
            view={firstParam(query.view) === "inline" ? "inline" : "split"}
            timelinePage={firstParam(query.tpage) ? parsePageParam(query.tpage) : undefined}
            now={now}
          />
        ) : (
          <p className="text-sm text-slate-500">
            {snapshots.length === 0
              ? "No snapshots yet: the diff appears once the source has been read twice with different content."
              : "Only one version so far: the diff appears when the content changes."}
          </p>
        )}
      </section>

      <section aria-labelledby="snapshots-heading" className="space-y-3">
        <h2 id="snapshots-heading" className="text-lg font-semibold">
          Snapshots <span className="text-sm font-normal text-slate-500">({snapshots.length})</span>
        </h2>
        <SnapshotsTable sourceId={source.id} snapshots={snapshots} compared={pair} now={now} />
      </section>

      <section aria-labelledby="checks-heading" className="space-y-3">
        <h2 id="checks-heading" className="text-lg font-semibold">
          Recent checks
        </h2>
        <ChecksTable checks={checks} now={now} />
      </section>
    </div>
  );
}
