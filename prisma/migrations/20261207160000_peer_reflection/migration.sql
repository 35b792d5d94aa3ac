-- CreateEnum
CREATE TYPE "PeerConfirmationStatus" AS ENUM ('PENDING', 'CONFIRMED', 'DECLINED');

-- AlterEnum
ALTER TYPE "EmailTokenPurpose" ADD VALUE 'PEER_CONFIRMATION';

-- AlterTable
ALTER TABLE "EmailToken" ADD COLUMN     "peerConfirmationId" TEXT;

-- AlterTable
ALTER TABLE "Session" ADD COLUMN     "peerDiscussion" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "PeerConfirmation" (
    "id" TEXT NOT NULL,
    "entryId" TEXT NOT NULL,
    "colleagueName" TEXT NOT NULL,
    "colleagueEmail" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "activityDate" DATE NOT NULL,
    "note" TEXT NOT NULL,
    "status" "PeerConfirmationStatus" NOT NULL DEFAULT 'PENDING',
    "requestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "respondedAt" TIMESTAMP(3),

    CONSTRAINT "PeerConfirmation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PeerConfirmation_entryId_key" ON "PeerConfirmation"("entryId");

-- CreateIndex
CREATE INDEX "EmailToken_peerConfirmationId_idx" ON "EmailToken"("peerConfirmationId");

-- AddForeignKey
ALTER TABLE "EmailToken" ADD CONSTRAINT "EmailToken_peerConfirmationId_fkey" FOREIGN KEY ("peerConfirmationId") REFERENCES "PeerConfirmation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PeerConfirmation" ADD CONSTRAINT "PeerConfirmation_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "CpdEntry"("id") ON DELETE CASCADE ON UPDATE CASCADE;
