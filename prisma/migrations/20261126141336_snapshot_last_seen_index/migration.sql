-- CreateIndex
CREATE INDEX "snapshots_source_id_last_seen_at_idx" ON "snapshots"("source_id", "last_seen_at" DESC);
