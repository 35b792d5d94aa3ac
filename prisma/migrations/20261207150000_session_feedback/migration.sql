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

-- The scales are 1 to 5, whatever writes the row.
ALTER TABLE "SessionFeedback" ADD CONSTRAINT "SessionFeedback_relevance_scale" CHECK ("relevance" BETWEEN 1 AND 5);
ALTER TABLE "SessionFeedback" ADD CONSTRAINT "SessionFeedback_quality_scale" CHECK ("quality" BETWEEN 1 AND 5);
