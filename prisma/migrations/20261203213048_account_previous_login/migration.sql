-- AlterTable
ALTER TABLE "Account" ADD COLUMN     "previousLoginAt" TIMESTAMP(3);
