-- CreateEnum
CREATE TYPE "DeliveryLanguage" AS ENUM ('ENGLISH', 'WELSH', 'BILINGUAL', 'ENGLISH_WITH_WELSH_INTERPRETATION', 'WELSH_WITH_ENGLISH_INTERPRETATION');

-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "audienceNoteCy" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "organiserNameCy" TEXT;

-- AlterTable
ALTER TABLE "Session" ADD COLUMN     "deliveryLanguage" "DeliveryLanguage" NOT NULL DEFAULT 'ENGLISH',
ADD COLUMN     "venueCy" TEXT;

-- AlterTable
ALTER TABLE "Speaker" ADD COLUMN     "organisationCy" TEXT,
ADD COLUMN     "roleCy" TEXT;
