-- CreateEnum
CREATE TYPE "ObservationActivity" AS ENUM ('TEAM_MEETING', 'HOME_VISIT', 'DUTY_SHIFT', 'SUPERVISION', 'OTHER');

-- CreateEnum
CREATE TYPE "ObservationBookingStatus" AS ENUM ('BOOKED', 'CANCELLED');

-- AlterTable
ALTER TABLE "CpdEntry" ADD COLUMN     "observationBookingId" TEXT;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "seniorLeader" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "ObservationOpportunity" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "team" TEXT NOT NULL,
    "teamCy" TEXT,
    "activity" "ObservationActivity" NOT NULL,
    "description" TEXT,
    "descriptionCy" TEXT,
    "format" "SessionFormat" NOT NULL,
    "location" TEXT NOT NULL,
    "observersPerSlot" INTEGER NOT NULL DEFAULT 1,
    "hostName" TEXT NOT NULL,
    "hostEmail" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ObservationOpportunity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ObservationSlot" (
    "id" TEXT NOT NULL,
    "opportunityId" TEXT NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ObservationSlot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ObservationBooking" (
    "id" TEXT NOT NULL,
    "slotId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "status" "ObservationBookingStatus" NOT NULL DEFAULT 'BOOKED',
    "cancelledAt" TIMESTAMP(3),
    "workingWell" TEXT,
    "couldBeBetter" TEXT,
    "themes" TEXT,
    "followUp" TEXT,
    "reflectedAt" TIMESTAMP(3),
    "hostThankedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ObservationBooking_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ObservationOpportunity_eventId_idx" ON "ObservationOpportunity"("eventId");

-- CreateIndex
CREATE INDEX "ObservationSlot_opportunityId_startsAt_idx" ON "ObservationSlot"("opportunityId", "startsAt");

-- CreateIndex
CREATE INDEX "ObservationBooking_userId_idx" ON "ObservationBooking"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "ObservationBooking_slotId_userId_key" ON "ObservationBooking"("slotId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "CpdEntry_observationBookingId_key" ON "CpdEntry"("observationBookingId");

-- AddForeignKey
ALTER TABLE "ObservationOpportunity" ADD CONSTRAINT "ObservationOpportunity_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ObservationSlot" ADD CONSTRAINT "ObservationSlot_opportunityId_fkey" FOREIGN KEY ("opportunityId") REFERENCES "ObservationOpportunity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ObservationBooking" ADD CONSTRAINT "ObservationBooking_slotId_fkey" FOREIGN KEY ("slotId") REFERENCES "ObservationSlot"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ObservationBooking" ADD CONSTRAINT "ObservationBooking_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CpdEntry" ADD CONSTRAINT "CpdEntry_observationBookingId_fkey" FOREIGN KEY ("observationBookingId") REFERENCES "ObservationBooking"("id") ON DELETE SET NULL ON UPDATE CASCADE;
