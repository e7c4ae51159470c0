-- CreateTable
CREATE TABLE "ModelDeployment" (
    "id" UUID NOT NULL,
    "modelId" TEXT NOT NULL,
    "providerId" UUID NOT NULL,
    "upstreamModel" TEXT NOT NULL,
    "credentialId" UUID,
    "weight" INTEGER NOT NULL DEFAULT 1,
    "priority" INTEGER NOT NULL DEFAULT 0,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ModelDeployment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ModelAlias" (
    "name" TEXT NOT NULL,
    "modelId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ModelAlias_pkey" PRIMARY KEY ("name")
);

-- CreateIndex
CREATE INDEX "ModelDeployment_modelId_idx" ON "ModelDeployment"("modelId");

-- CreateIndex
CREATE INDEX "ModelAlias_modelId_idx" ON "ModelAlias"("modelId");

-- AddForeignKey
ALTER TABLE "ModelDeployment" ADD CONSTRAINT "ModelDeployment_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "Model"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelDeployment" ADD CONSTRAINT "ModelDeployment_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "Provider"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelDeployment" ADD CONSTRAINT "ModelDeployment_credentialId_fkey" FOREIGN KEY ("credentialId") REFERENCES "ProviderCredential"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelAlias" ADD CONSTRAINT "ModelAlias_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "Model"("id") ON DELETE CASCADE ON UPDATE CASCADE;
