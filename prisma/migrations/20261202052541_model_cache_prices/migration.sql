-- AlterTable
ALTER TABLE "Model" ADD COLUMN     "cacheWritePrice" DECIMAL(18,6),
ADD COLUMN     "cachedInputPrice" DECIMAL(18,6);

-- AlterTable
ALTER TABLE "UsageRecord" ADD COLUMN     "cacheWriteTokens" INTEGER NOT NULL DEFAULT 0;
