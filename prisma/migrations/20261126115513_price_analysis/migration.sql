-- AlterTable
ALTER TABLE "change_events" ADD COLUMN     "cache_ttl" TEXT,
ADD COLUMN     "context_above" INTEGER,
ADD COLUMN     "currency" TEXT,
ADD COLUMN     "previous_model" TEXT,
ADD COLUMN     "summary" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "unit" TEXT;

-- AlterTable
ALTER TABLE "snapshots" ADD COLUMN     "card_status" TEXT,
ADD COLUMN     "card_warnings" TEXT[] DEFAULT ARRAY[]::TEXT[];
