-- CreateIndex
CREATE INDEX "UsageRecord_createdAt_idx" ON "UsageRecord" USING BRIN ("createdAt");
