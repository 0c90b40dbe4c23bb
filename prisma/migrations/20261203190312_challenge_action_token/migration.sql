-- AlterTable
ALTER TABLE "Challenge" ADD COLUMN     "actionTokenId" TEXT;

-- CreateIndex
CREATE INDEX "Challenge_actionTokenId_idx" ON "Challenge"("actionTokenId");

-- AddForeignKey
ALTER TABLE "Challenge" ADD CONSTRAINT "Challenge_actionTokenId_fkey" FOREIGN KEY ("actionTokenId") REFERENCES "ActionToken"("id") ON DELETE CASCADE ON UPDATE CASCADE;
