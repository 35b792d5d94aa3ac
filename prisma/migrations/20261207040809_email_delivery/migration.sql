-- CreateEnum
CREATE TYPE "RegistrationEmailKind" AS ENUM ('CONFIRMED', 'WAITLISTED', 'PROMOTED', 'REGISTRATION_CANCELLED', 'SESSION_CANCELLED');

-- CreateEnum
CREATE TYPE "EmailDeliveryStatus" AS ENUM ('SENT', 'SKIPPED', 'RETRYING', 'FAILED');

-- CreateTable
CREATE TABLE "EmailDelivery" (
    "id" TEXT NOT NULL,
    "kind" "RegistrationEmailKind" NOT NULL,
    "registrationId" TEXT NOT NULL,
    "status" "EmailDeliveryStatus" NOT NULL,
    "attempts" INTEGER NOT NULL,
    "lastError" TEXT,
    "messageId" TEXT,
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EmailDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "EmailDelivery_status_updatedAt_idx" ON "EmailDelivery"("status", "updatedAt");

-- CreateIndex
CREATE INDEX "EmailDelivery_registrationId_idx" ON "EmailDelivery"("registrationId");

-- AddForeignKey
ALTER TABLE "EmailDelivery" ADD CONSTRAINT "EmailDelivery_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE CASCADE ON UPDATE CASCADE;
