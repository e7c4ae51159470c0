-- AlterTable
ALTER TABLE "AccessToken" ADD COLUMN     "budgetAmount" DECIMAL(20,10),
ADD COLUMN     "budgetPeriod" TEXT,
ADD COLUMN     "concurrencyLimit" INTEGER,
ADD COLUMN     "rpmLimit" INTEGER,
ADD COLUMN     "tpmLimit" INTEGER;

-- AlterTable
ALTER TABLE "Account" ADD COLUMN     "billingMode" TEXT NOT NULL DEFAULT 'postpaid',
ADD COLUMN     "budgetAmount" DECIMAL(20,10),
ADD COLUMN     "budgetPeriod" TEXT,
ADD COLUMN     "concurrencyLimit" INTEGER,
ADD COLUMN     "rpmLimit" INTEGER,
ADD COLUMN     "tpmLimit" INTEGER;

-- AlterTable
ALTER TABLE "Model" ADD COLUMN     "maxOutputTokens" INTEGER;

-- CreateTable
CREATE TABLE "CreditGrant" (
    "id" UUID NOT NULL,
    "accountId" UUID NOT NULL,
    "amount" DECIMAL(20,10) NOT NULL,
    "remaining" DECIMAL(20,10) NOT NULL,
    "expiresAt" TIMESTAMP(3),
    "expiredAt" TIMESTAMP(3),
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CreditGrant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CreditLedgerEntry" (
    "id" BIGSERIAL NOT NULL,
    "accountId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "amount" DECIMAL(20,10) NOT NULL,
    "grantId" UUID,
    "tokenId" UUID,
    "requestId" TEXT,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CreditLedgerEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CreditGrant_accountId_expiresAt_idx" ON "CreditGrant"("accountId", "expiresAt");

-- CreateIndex
CREATE INDEX "CreditLedgerEntry_accountId_id_idx" ON "CreditLedgerEntry"("accountId", "id");

-- CreateIndex
CREATE INDEX "CreditLedgerEntry_requestId_idx" ON "CreditLedgerEntry"("requestId");

-- AddForeignKey
ALTER TABLE "CreditGrant" ADD CONSTRAINT "CreditGrant_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
