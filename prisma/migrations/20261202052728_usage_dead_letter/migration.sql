-- CreateTable
CREATE TABLE "UsageDeadLetter" (
    "id" BIGSERIAL NOT NULL,
    "requestId" TEXT NOT NULL,
    "record" TEXT NOT NULL,
    "error" TEXT NOT NULL,
    "code" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UsageDeadLetter_pkey" PRIMARY KEY ("id")
);
