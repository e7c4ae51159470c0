-- DropIndex
DROP INDEX "UsageRecord_accountId_createdAt_idx";

-- DropIndex
DROP INDEX "UsageRecord_createdAt_idx";

-- DropIndex
DROP INDEX "UsageRecord_model_createdAt_idx";

-- DropIndex
DROP INDEX "UsageRecord_tokenId_createdAt_idx";

-- CreateIndex
CREATE INDEX "UsageRecord_tokenId_id_idx" ON "UsageRecord"("tokenId", "id");

-- CreateIndex
CREATE INDEX "UsageRecord_model_id_idx" ON "UsageRecord"("model", "id");
