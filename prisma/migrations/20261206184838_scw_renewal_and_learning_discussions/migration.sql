-- AlterTable
ALTER TABLE "User" ADD COLUMN     "registrationRenewalDate" DATE;

-- CreateTable
CREATE TABLE "LearningDiscussion" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "discussedOn" DATE NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LearningDiscussion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "LearningDiscussion_userId_discussedOn_key" ON "LearningDiscussion"("userId", "discussedOn");

-- AddForeignKey
ALTER TABLE "LearningDiscussion" ADD CONSTRAINT "LearningDiscussion_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
