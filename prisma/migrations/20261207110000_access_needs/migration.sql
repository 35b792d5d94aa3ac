-- CreateEnum
CREATE TYPE "AccessProvision" AS ENUM ('CAPTIONS', 'LIVE_TRANSCRIPT', 'BSL_INTERPRETER', 'HEARING_LOOP', 'STEP_FREE', 'MATERIALS_IN_ADVANCE', 'QUIET_SPACE');

-- CreateEnum
CREATE TYPE "AccessNeed" AS ENUM ('BSL_INTERPRETER', 'CAPTIONS', 'HEARING_LOOP', 'STEP_FREE', 'MATERIALS_IN_ADVANCE', 'LARGE_PRINT', 'QUIET_SPACE', 'OTHER');

-- AlterTable
ALTER TABLE "Session" ADD COLUMN     "accessProvided" "AccessProvision"[] DEFAULT ARRAY[]::"AccessProvision"[];

-- CreateTable
CREATE TABLE "AccessRequest" (
    "id" TEXT NOT NULL,
    "registrationId" TEXT NOT NULL,
    "needs" "AccessNeed"[] DEFAULT ARRAY[]::"AccessNeed"[],
    "other" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AccessRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AccessRequest_registrationId_key" ON "AccessRequest"("registrationId");

-- AddForeignKey
ALTER TABLE "AccessRequest" ADD CONSTRAINT "AccessRequest_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE CASCADE ON UPDATE CASCADE;
