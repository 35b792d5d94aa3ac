-- The booking function counted every confirmed and waiting registration of
-- the session on every booking: 2.9 ms at 5,700 registrations, growing with
-- the list, and the session's lock is held meanwhile. Now the last waiting
-- place comes from an index (one entry read) and only confirmed places are
-- counted (at most the capacity).
CREATE INDEX "Registration_sessionId_waitlistPosition_idx" ON "Registration"("sessionId", "waitlistPosition");

CREATE OR REPLACE FUNCTION cpd_week_book_place(
  p_session_id text,
  p_user_id text,
  p_now timestamptz,
  p_new_id text,
  p_email_id text,
  p_email_task text,
  p_email_max_attempts integer
) RETURNS TABLE (registration_id text, status text, already_registered boolean, refusal text)
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  v_session record;
  v_existing record;
  v_confirmed integer;
  v_last_position integer;
  v_status "RegistrationStatus";
  v_position integer;
  v_id text;
BEGIN
  SELECT s.id, s.capacity, s.status::text AS status, s."startsAt", e.status::text AS event_status INTO v_session
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
      "reminderSentAt" = NULL, attendance = 'UNMARKED', "updatedAt" = now()
    WHERE id = v_existing.id;
    v_id := v_existing.id;
  ELSE
    INSERT INTO "Registration" (id, "sessionId", "userId", status, "waitlistPosition", "createdAt", "updatedAt")
    VALUES (p_new_id, p_session_id, p_user_id, v_status, v_position, now(), now());
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
