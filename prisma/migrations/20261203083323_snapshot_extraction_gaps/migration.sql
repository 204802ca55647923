-- AlterTable
ALTER TABLE "snapshots" ADD COLUMN     "extraction_gaps" JSONB NOT NULL DEFAULT '[]';
