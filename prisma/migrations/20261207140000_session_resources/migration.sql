-- CreateEnum
CREATE TYPE "ResourceKind" AS ENUM ('SLIDES', 'RECORDING', 'READING', 'LINKS', 'OTHER');

-- CreateEnum
CREATE TYPE "ResourceVisibility" AS ENUM ('EVERYONE', 'REGISTRANTS', 'ATTENDEES');

-- CreateTable
CREATE TABLE "SessionResource" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "kind" "ResourceKind" NOT NULL,
    "title" TEXT NOT NULL,
    "titleCy" TEXT,
    "url" TEXT NOT NULL,
    "visibility" "ResourceVisibility" NOT NULL DEFAULT 'EVERYONE',
    "position" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SessionResource_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SessionResource_sessionId_position_idx" ON "SessionResource"("sessionId", "position");

-- AddForeignKey
ALTER TABLE "SessionResource" ADD CONSTRAINT "SessionResource_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The public session page shows the resources every visitor may see, so a
-- change to them is a change of the programme for the caches of every server
-- process (docs/decisions/0010, migration 20261207020000_change_notifications).
CREATE TRIGGER "SessionResource_notify_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "SessionResource"
  FOR EACH STATEMENT EXECUTE FUNCTION cpd_week_notify_change('programme');
