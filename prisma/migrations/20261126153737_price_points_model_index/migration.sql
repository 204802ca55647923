-- CreateIndex
CREATE INDEX "price_points_model_idx" ON "price_points"("model");
