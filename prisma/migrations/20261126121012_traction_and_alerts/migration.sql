-- AlterTable
ALTER TABLE "alert_deliveries" ADD COLUMN     "kind" TEXT NOT NULL DEFAULT 'event',
ADD COLUMN     "locked_until" TIMESTAMPTZ(3),
ADD COLUMN     "message_id" TEXT;

-- AlterTable
ALTER TABLE "alert_rules" ADD COLUMN     "last_digest_at" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "metric_samples" ADD COLUMN     "meta" JSONB;

-- AlterTable
ALTER TABLE "sources" ADD COLUMN     "state" JSONB;
