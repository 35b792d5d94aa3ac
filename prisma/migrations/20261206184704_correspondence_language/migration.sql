-- CreateEnum
CREATE TYPE "CorrespondenceLanguage" AS ENUM ('ENGLISH', 'WELSH', 'BILINGUAL');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "language" "CorrespondenceLanguage" NOT NULL DEFAULT 'ENGLISH';
