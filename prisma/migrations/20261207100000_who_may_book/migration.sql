-- CreateEnum
CREATE TYPE "BookingRule" AS ENUM ('OPEN', 'EMAIL_DOMAIN', 'INVITATION', 'APPROVAL');

-- CreateEnum
CREATE TYPE "BookingRequestStatus" AS ENUM ('PENDING', 'APPROVED', 'DECLINED');

-- AlterEnum
ALTER TYPE "EmailTokenPurpose" ADD VALUE 'CHANGE_EMAIL';

-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "bookingAudience" TEXT,
ADD COLUMN     "bookingAudienceCy" TEXT,
ADD COLUMN     "bookingDomains" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "bookingRule" "BookingRule" NOT NULL DEFAULT 'OPEN';

-- AlterTable
ALTER TABLE "Registration" ADD COLUMN     "invitationCodeId" TEXT;

-- AlterTable
ALTER TABLE "Session" ADD COLUMN     "bookingAudience" TEXT,
ADD COLUMN     "bookingAudienceCy" TEXT,
ADD COLUMN     "bookingDomains" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "bookingRule" "BookingRule",
ADD COLUMN     "unlisted" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "InvitationCode" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "maxUses" INTEGER,
    "expiresAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InvitationCode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BookingRequest" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "status" "BookingRequestStatus" NOT NULL DEFAULT 'PENDING',
    "decidedAt" TIMESTAMP(3),
    "decidedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BookingRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "InvitationCode_sessionId_code_key" ON "InvitationCode"("sessionId", "code");

-- CreateIndex
CREATE INDEX "BookingRequest_sessionId_status_createdAt_idx" ON "BookingRequest"("sessionId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "BookingRequest_userId_idx" ON "BookingRequest"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "BookingRequest_sessionId_userId_key" ON "BookingRequest"("sessionId", "userId");

-- CreateIndex
CREATE INDEX "Registration_invitationCodeId_idx" ON "Registration"("invitationCodeId");

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_invitationCodeId_fkey" FOREIGN KEY ("invitationCodeId") REFERENCES "InvitationCode"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InvitationCode" ADD CONSTRAINT "InvitationCode_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BookingRequest" ADD CONSTRAINT "BookingRequest_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BookingRequest" ADD CONSTRAINT "BookingRequest_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BookingRequest" ADD CONSTRAINT "BookingRequest_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- The booking function now enforces who may book (docs/decisions/0012):
-- the session's rule, or its week's. It is checked under the session's lock,
-- after a repeat booking is recognised (someone already booked keeps their
-- place) and before any place is taken. p_invitation_code is the code typed
-- (INVITATION); p_approving books for an organiser approving a request
-- (APPROVAL), which is the one path that skips the rule.
DROP FUNCTION cpd_week_book_place(text, text, timestamptz, text, text, text, integer);

CREATE FUNCTION cpd_week_book_place(
  p_session_id text,
  p_user_id text,
  p_now timestamptz,
  p_new_id text,
  p_email_id text,
  p_email_task text,
  p_email_max_attempts integer,
  p_invitation_code text DEFAULT NULL,
  p_approving boolean DEFAULT false
) RETURNS TABLE (registration_id text, status text, already_registered boolean, refusal text)
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  v_session record;
  v_existing record;
  v_user record;
  v_code record;
  v_request record;
  v_rule "BookingRule";
  v_domains text[];
  v_domain text;
  v_code_id text;
  v_uses integer;
  v_confirmed integer;
  v_last_position integer;
  v_status "RegistrationStatus";
  v_position integer;
  v_id text;
BEGIN
  SELECT s.id, s.capacity, s.status::text AS status, s."startsAt", e.status::text AS event_status,
    coalesce(s."bookingRule", e."bookingRule") AS rule,
    CASE WHEN s."bookingRule" IS NULL THEN e."bookingDomains" ELSE s."bookingDomains" END AS domains
  INTO v_session
  FROM "Session" s JOIN "Event" e ON e.id = s."eventId"
  WHERE s.id = p_session_id
  FOR UPDATE OF s;
  IF NOT FOUND THEN
    RETURN QUERY SELECT NULL::text, NULL::text, false, 'SESSION_NOT_FOUND'::text;
    RETURN;
  END IF;
  IF v_session.status = 'DRAFT' OR v_session.event_status <> 'PUBLISHED' THEN
    RETURN QUERY SELECT NULL::text, NULL::text, false, 'SESSION_NOT_OPEN'::text;
    RETURN;
  END IF;
  IF v_session.status = 'CANCELLED' THEN
    RETURN QUERY SELECT NULL::text, NULL::text, false, 'SESSION_CANCELLED'::text;
    RETURN;
  END IF;

  SELECT r.id, r.status::text AS status INTO v_existing
  FROM "Registration" r WHERE r."sessionId" = p_session_id AND r."userId" = p_user_id;
  IF FOUND AND v_existing.status <> 'CANCELLED' THEN
    RETURN QUERY SELECT v_existing.id, v_existing.status, true, NULL::text;
    RETURN;
  END IF;
  IF v_session."startsAt" <= p_now THEN
    RETURN QUERY SELECT NULL::text, NULL::text, false, 'SESSION_STARTED'::text;
    RETURN;
  END IF;

  v_rule := v_session.rule;
  v_domains := coalesce(v_session.domains, ARRAY[]::text[]);
  IF NOT p_approving AND v_rule = 'EMAIL_DOMAIN' THEN
    SELECT u.email, u."emailVerifiedAt" INTO v_user FROM "User" u WHERE u.id = p_user_id;
    v_domain := lower(split_part(coalesce(v_user.email, ''), '@', 2));
    -- The domain itself or any subdomain of it (staff at cardiffandvale.nhs.wales for nhs.wales).
    IF NOT EXISTS (SELECT 1 FROM unnest(v_domains) AS d WHERE v_domain = d OR right(v_domain, length(d) + 1) = '.' || d) THEN
      RETURN QUERY SELECT NULL::text, NULL::text, false, 'EMAIL_DOMAIN_NOT_ALLOWED'::text;
      RETURN;
    END IF;
    IF v_user."emailVerifiedAt" IS NULL THEN
      RETURN QUERY SELECT NULL::text, NULL::text, false, 'EMAIL_NOT_VERIFIED'::text;
      RETURN;
    END IF;
  ELSIF NOT p_approving AND v_rule = 'INVITATION' THEN
    IF p_invitation_code IS NULL OR btrim(p_invitation_code) = '' THEN
      RETURN QUERY SELECT NULL::text, NULL::text, false, 'INVITATION_CODE_REQUIRED'::text;
      RETURN;
    END IF;
    SELECT c.id, c."maxUses", c."expiresAt" INTO v_code
    FROM "InvitationCode" c WHERE c."sessionId" = p_session_id AND c.code = upper(btrim(p_invitation_code));
    IF NOT FOUND THEN
      RETURN QUERY SELECT NULL::text, NULL::text, false, 'INVITATION_CODE_INVALID'::text;
      RETURN;
    END IF;
    IF v_code."expiresAt" IS NOT NULL AND v_code."expiresAt" <= p_now THEN
      RETURN QUERY SELECT NULL::text, NULL::text, false, 'INVITATION_CODE_EXPIRED'::text;
      RETURN;
    END IF;
    IF v_code."maxUses" IS NOT NULL THEN
      -- Counted under the session's lock, so two people cannot take the last use.
      SELECT count(*) INTO v_uses FROM "Registration" r WHERE r."invitationCodeId" = v_code.id AND r.status <> 'CANCELLED';
      IF v_uses >= v_code."maxUses" THEN
        RETURN QUERY SELECT NULL::text, NULL::text, false, 'INVITATION_CODE_USED_UP'::text;
        RETURN;
      END IF;
    END IF;
    v_code_id := v_code.id;
  ELSIF NOT p_approving AND v_rule = 'APPROVAL' THEN
    SELECT br.id, br.status::text AS status INTO v_request
    FROM "BookingRequest" br WHERE br."sessionId" = p_session_id AND br."userId" = p_user_id;
    IF FOUND AND v_request.status = 'DECLINED' THEN
      RETURN QUERY SELECT NULL::text, NULL::text, false, 'REQUEST_DECLINED'::text;
      RETURN;
    ELSIF FOUND AND v_request.status = 'PENDING' THEN
      RETURN QUERY SELECT v_request.id, 'REQUESTED'::text, true, NULL::text;
      RETURN;
    ELSIF NOT FOUND THEN
      INSERT INTO "BookingRequest" (id, "sessionId", "userId", status, "createdAt", "updatedAt")
      VALUES (p_new_id, p_session_id, p_user_id, 'PENDING', now(), now());
      RETURN QUERY SELECT p_new_id, 'REQUESTED'::text, false, NULL::text;
      RETURN;
    END IF;
    -- APPROVED earlier (then cancelled): the organiser has already said yes to this person.
  END IF;

  -- Confirmed places, counted only up to the capacity: that is all the decision needs.
  SELECT count(*) INTO v_confirmed FROM (
    SELECT 1 FROM "Registration" r WHERE r."sessionId" = p_session_id AND r.status = 'CONFIRMED' LIMIT v_session.capacity
  ) AS held;
  IF v_session.capacity IS NULL OR v_confirmed < v_session.capacity THEN
    v_status := 'CONFIRMED';
    v_position := NULL;
  ELSE
    -- Only waiting registrations have a position: the highest is the index's last non-null entry.
    SELECT r."waitlistPosition" INTO v_last_position FROM "Registration" r
    WHERE r."sessionId" = p_session_id AND r."waitlistPosition" IS NOT NULL AND r.status = 'WAITLISTED'
    ORDER BY r."waitlistPosition" DESC LIMIT 1;
    v_status := 'WAITLISTED';
    v_position := coalesce(v_last_position, 0) + 1;
  END IF;

  IF v_existing.id IS NOT NULL THEN
    -- Booking again after cancelling: the same row, as new.
    UPDATE "Registration" SET status = v_status, "waitlistPosition" = v_position, "cancelledAt" = NULL, "promotedAt" = NULL,
      "reminderSentAt" = NULL, attendance = 'UNMARKED', "invitationCodeId" = v_code_id, "updatedAt" = now()
    WHERE id = v_existing.id;
    v_id := v_existing.id;
  ELSE
    INSERT INTO "Registration" (id, "sessionId", "userId", status, "waitlistPosition", "invitationCodeId", "createdAt", "updatedAt")
    VALUES (p_new_id, p_session_id, p_user_id, v_status, v_position, v_code_id, now(), now());
    v_id := p_new_id;
  END IF;

  PERFORM graphile_worker.add_job(
    p_email_task,
    json_build_object('emailId', p_email_id, 'kind', v_status::text, 'registrationId', v_id),
    max_attempts => p_email_max_attempts,
    job_key => p_email_id
  );
  RETURN QUERY SELECT v_id, v_status::text, false, NULL::text;
END
$$;
