-- AlterTable
ALTER TABLE "Registration" ADD COLUMN     "followUpSentAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "SessionFeedback" (
    "id" TEXT NOT NULL,
    "registrationId" TEXT NOT NULL,
    "relevance" INTEGER NOT NULL,
    "quality" INTEGER NOT NULL,
    "mostUseful" TEXT,
    "couldBeBetter" TEXT,
    "showName" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SessionFeedback_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SessionFeedback_registrationId_key" ON "SessionFeedback"("registrationId");

-- AddForeignKey
ALTER TABLE "SessionFeedback" ADD CONSTRAINT "SessionFeedback_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

