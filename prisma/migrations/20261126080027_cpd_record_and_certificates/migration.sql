-- CreateEnum
CREATE TYPE "CpdActivityType" AS ENUM ('SESSION', 'COURSE', 'READING', 'SUPERVISION', 'PEER_LEARNING', 'RESEARCH', 'OTHER');

-- CreateEnum
CREATE TYPE "CertificateKind" AS ENUM ('SESSION', 'WEEK');

-- AlterTable
ALTER TABLE "Registration" ADD COLUMN     "selfCheckedInAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Session" ADD COLUMN     "checkInCode" TEXT,
ADD COLUMN     "selfCheckIn" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "CpdEntry" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "registrationId" TEXT,
    "activityType" "CpdActivityType" NOT NULL,
    "title" TEXT NOT NULL,
    "activityDate" DATE NOT NULL,
    "hours" DECIMAL(5,2) NOT NULL,
    "learning" TEXT NOT NULL,
    "impact" TEXT NOT NULL,
    "peerNotes" TEXT,
    "peerReflection" BOOLEAN NOT NULL DEFAULT false,
    "standards" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CpdEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Certificate" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "kind" "CertificateKind" NOT NULL,
    "userId" TEXT,
    "eventId" TEXT NOT NULL,
    "sessionId" TEXT,
    "holderName" TEXT NOT NULL,
    "regulator" "Regulator",
    "registrationNumber" TEXT,
    "title" TEXT NOT NULL,
    "eventTitle" TEXT NOT NULL,
    "organiserName" TEXT NOT NULL,
    "timeZone" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "hours" DECIMAL(6,2) NOT NULL,
    "sessions" JSONB,
    "issuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),
    "revokedReason" TEXT,

    CONSTRAINT "Certificate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CpdEntry_registrationId_key" ON "CpdEntry"("registrationId");

-- CreateIndex
CREATE INDEX "CpdEntry_userId_activityDate_idx" ON "CpdEntry"("userId", "activityDate");

-- CreateIndex
CREATE UNIQUE INDEX "Certificate_code_key" ON "Certificate"("code");

-- CreateIndex
CREATE INDEX "Certificate_userId_kind_idx" ON "Certificate"("userId", "kind");

-- CreateIndex
CREATE INDEX "Certificate_eventId_idx" ON "Certificate"("eventId");

-- CreateIndex
CREATE INDEX "Certificate_sessionId_idx" ON "Certificate"("sessionId");

-- AddForeignKey
ALTER TABLE "CpdEntry" ADD CONSTRAINT "CpdEntry_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CpdEntry" ADD CONSTRAINT "CpdEntry_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Certificate" ADD CONSTRAINT "Certificate_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Certificate" ADD CONSTRAINT "Certificate_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session"("id") ON DELETE SET NULL ON UPDATE CASCADE;
