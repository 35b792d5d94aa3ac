-- AlterTable
ALTER TABLE "Certificate" ADD COLUMN     "eventTitleCy" TEXT,
ADD COLUMN     "language" "CorrespondenceLanguage" NOT NULL DEFAULT 'ENGLISH',
ADD COLUMN     "organiserNameCy" TEXT,
ADD COLUMN     "titleCy" TEXT;
