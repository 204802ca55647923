-- AlterTable
ALTER TABLE "checks" ADD COLUMN     "refused_requests" JSONB;
