-- AlterTable
ALTER TABLE "snapshots" ADD COLUMN     "card_health" JSONB;

-- CreateIndex
CREATE INDEX "snapshots_card_status_first_seen_at_idx" ON "snapshots"("card_status", "first_seen_at" DESC);
