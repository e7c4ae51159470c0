-- AlterTable
ALTER TABLE "ProviderCredential" ADD COLUMN     "disabledAt" TIMESTAMP(3),
ADD COLUMN     "disabledReason" TEXT,
ADD COLUMN     "weight" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "UsageRecord" ADD COLUMN     "attempts" JSONB;
