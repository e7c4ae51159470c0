-- AlterTable
ALTER TABLE "Model" ADD COLUMN     "strategy" TEXT NOT NULL DEFAULT 'weighted';
