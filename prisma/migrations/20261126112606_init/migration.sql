-- CreateEnum
CREATE TYPE "source_kind" AS ENUM ('page', 'registry', 'github_repo', 'discord_invite');

-- CreateEnum
CREATE TYPE "fetch_mode" AS ENUM ('auto', 'http', 'browser');

-- CreateEnum
CREATE TYPE "check_outcome" AS ENUM ('changed', 'unchanged', 'blocked', 'failed');

-- CreateEnum
CREATE TYPE "fetch_engine" AS ENUM ('http', 'browser', 'api');

-- CreateEnum
CREATE TYPE "user_role" AS ENUM ('admin', 'viewer');

-- CreateEnum
CREATE TYPE "delivery_status" AS ENUM ('pending', 'sent', 'failed');

-- CreateTable
CREATE TABLE "sources" (
    "id" UUID NOT NULL,
    "kind" "source_kind" NOT NULL,
    "name" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "provider" TEXT,
    "fetch_mode" "fetch_mode" NOT NULL DEFAULT 'auto',
    "selector" TEXT,
    "ignore_patterns" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "schedule" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "last_slot_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "sources_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "checks" (
    "id" UUID NOT NULL,
    "source_id" UUID NOT NULL,
    "started_at" TIMESTAMPTZ(3) NOT NULL,
    "finished_at" TIMESTAMPTZ(3) NOT NULL,
    "outcome" "check_outcome" NOT NULL,
    "engine" "fetch_engine",
    "http_status" INTEGER,
    "final_url" TEXT,
    "error" TEXT,
    "duration_ms" INTEGER NOT NULL,
    "snapshot_id" UUID,
    "slot_at" TIMESTAMPTZ(3),

    CONSTRAINT "checks_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "snapshots" (
    "id" UUID NOT NULL,
    "source_id" UUID NOT NULL,
    "content_hash" TEXT NOT NULL,
    "content_type" TEXT,
    "raw_body" TEXT NOT NULL,
    "normalized_text" TEXT NOT NULL,
    "first_seen_at" TIMESTAMPTZ(3) NOT NULL,
    "last_seen_at" TIMESTAMPTZ(3) NOT NULL,
    "screenshot" BYTEA,
    "previous_id" UUID,

    CONSTRAINT "snapshots_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "price_points" (
    "id" UUID NOT NULL,
    "snapshot_id" UUID NOT NULL,
    "provider" TEXT NOT NULL,
    "model" TEXT NOT NULL,
    "dimension" TEXT NOT NULL,
    "tier" TEXT NOT NULL DEFAULT 'standard',
    "context_above" INTEGER,
    "cache_ttl" TEXT,
    "qualifiers" JSONB,
    "amount" DECIMAL(20,10) NOT NULL,
    "unit" TEXT NOT NULL,
    "currency" TEXT NOT NULL DEFAULT 'USD',
    "usd_per_1m" DECIMAL(20,10),
    "evidence" TEXT NOT NULL,
    "valid_from" DATE,
    "valid_until" DATE,

    CONSTRAINT "price_points_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "change_events" (
    "id" UUID NOT NULL,
    "source_id" UUID NOT NULL,
    "from_snapshot_id" UUID,
    "to_snapshot_id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "provider" TEXT,
    "model" TEXT,
    "dimension" TEXT,
    "tier" TEXT,
    "qualifiers" JSONB,
    "old_value" DECIMAL(20,10),
    "new_value" DECIMAL(20,10),
    "pct_change" DECIMAL(10,4),
    "old_evidence" TEXT,
    "new_evidence" TEXT,
    "detected_at" TIMESTAMPTZ(3) NOT NULL,
    "effective_at" TIMESTAMPTZ(3),

    CONSTRAINT "change_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "metric_samples" (
    "id" UUID NOT NULL,
    "source_id" UUID NOT NULL,
    "metric" TEXT NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL,
    "estimated" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "metric_samples_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "alert_rules" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "recipients" TEXT[],
    "webhook_url" TEXT,
    "source_ids" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "providers" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "model_patterns" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "event_kinds" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "min_pct_change" DECIMAL(10,4),
    "direction" TEXT,
    "cadence" TEXT NOT NULL DEFAULT 'immediate',
    "digest_hour" INTEGER,
    "digest_weekday" INTEGER,
    "time_zone" TEXT NOT NULL DEFAULT 'UTC',
    "failure_streak" INTEGER,
    "traction_report" BOOLEAN NOT NULL DEFAULT false,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "alert_rules_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "alert_deliveries" (
    "id" UUID NOT NULL,
    "rule_id" UUID NOT NULL,
    "event_id" UUID,
    "dedupe_key" TEXT NOT NULL,
    "channel" TEXT NOT NULL DEFAULT 'email',
    "status" "delivery_status" NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_error" TEXT,
    "payload" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sent_at" TIMESTAMPTZ(3),

    CONSTRAINT "alert_deliveries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "users" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "password_hash" TEXT NOT NULL,
    "role" "user_role" NOT NULL DEFAULT 'viewer',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sessions" (
    "id" TEXT NOT NULL,
    "user_id" UUID NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "sessions_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "sources_enabled_kind_idx" ON "sources"("enabled", "kind");

-- CreateIndex
CREATE INDEX "sources_provider_idx" ON "sources"("provider");

-- CreateIndex
CREATE UNIQUE INDEX "sources_kind_url_key" ON "sources"("kind", "url");

-- CreateIndex
CREATE INDEX "checks_source_id_started_at_idx" ON "checks"("source_id", "started_at" DESC);

-- CreateIndex
CREATE INDEX "checks_outcome_started_at_idx" ON "checks"("outcome", "started_at" DESC);

-- CreateIndex
CREATE INDEX "checks_started_at_idx" ON "checks"("started_at" DESC);

-- CreateIndex
CREATE INDEX "snapshots_source_id_first_seen_at_idx" ON "snapshots"("source_id", "first_seen_at" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "snapshots_source_id_content_hash_key" ON "snapshots"("source_id", "content_hash");

-- CreateIndex
CREATE INDEX "price_points_snapshot_id_idx" ON "price_points"("snapshot_id");

-- CreateIndex
CREATE INDEX "price_points_provider_model_dimension_idx" ON "price_points"("provider", "model", "dimension");

-- CreateIndex
CREATE INDEX "change_events_detected_at_idx" ON "change_events"("detected_at" DESC);

-- CreateIndex
CREATE INDEX "change_events_source_id_detected_at_idx" ON "change_events"("source_id", "detected_at" DESC);

-- CreateIndex
CREATE INDEX "change_events_provider_model_idx" ON "change_events"("provider", "model");

-- CreateIndex
CREATE INDEX "change_events_kind_detected_at_idx" ON "change_events"("kind", "detected_at" DESC);

-- CreateIndex
CREATE INDEX "metric_samples_metric_at_idx" ON "metric_samples"("metric", "at" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "metric_samples_source_id_metric_at_key" ON "metric_samples"("source_id", "metric", "at");

-- CreateIndex
CREATE INDEX "alert_deliveries_status_next_attempt_at_idx" ON "alert_deliveries"("status", "next_attempt_at");

-- CreateIndex
CREATE UNIQUE INDEX "alert_deliveries_rule_id_dedupe_key_key" ON "alert_deliveries"("rule_id", "dedupe_key");

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

-- CreateIndex
CREATE INDEX "sessions_user_id_idx" ON "sessions"("user_id");

-- CreateIndex
CREATE INDEX "sessions_expires_at_idx" ON "sessions"("expires_at");

-- AddForeignKey
ALTER TABLE "checks" ADD CONSTRAINT "checks_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "sources"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "checks" ADD CONSTRAINT "checks_snapshot_id_fkey" FOREIGN KEY ("snapshot_id") REFERENCES "snapshots"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "snapshots" ADD CONSTRAINT "snapshots_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "sources"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "snapshots" ADD CONSTRAINT "snapshots_previous_id_fkey" FOREIGN KEY ("previous_id") REFERENCES "snapshots"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "price_points" ADD CONSTRAINT "price_points_snapshot_id_fkey" FOREIGN KEY ("snapshot_id") REFERENCES "snapshots"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "change_events" ADD CONSTRAINT "change_events_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "sources"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "change_events" ADD CONSTRAINT "change_events_from_snapshot_id_fkey" FOREIGN KEY ("from_snapshot_id") REFERENCES "snapshots"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "change_events" ADD CONSTRAINT "change_events_to_snapshot_id_fkey" FOREIGN KEY ("to_snapshot_id") REFERENCES "snapshots"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "metric_samples" ADD CONSTRAINT "metric_samples_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "sources"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "alert_deliveries" ADD CONSTRAINT "alert_deliveries_rule_id_fkey" FOREIGN KEY ("rule_id") REFERENCES "alert_rules"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "alert_deliveries" ADD CONSTRAINT "alert_deliveries_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "change_events"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
