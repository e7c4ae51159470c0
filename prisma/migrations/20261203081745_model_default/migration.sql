-- AlterTable
ALTER TABLE "Model" ADD COLUMN     "isDefault" BOOLEAN NOT NULL DEFAULT false;
