-- CreateIndex
CREATE INDEX "alert_deliveries_created_at_id_idx" ON "alert_deliveries"("created_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "alert_deliveries_rule_id_created_at_idx" ON "alert_deliveries"("rule_id", "created_at" DESC);
