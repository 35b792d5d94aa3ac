-- A booking in one statement (lib/registration/register-for-session.ts,
-- docs/decisions/0011-job-queue.md). The session's row lock is the queue
-- everyone stands in when registration opens, so the time it is held is the
-- time one booking takes: here it is held for the work inside this function
-- and the commit, with no round trip to the application in between.
--
-- Each statement in a PL/pgSQL function takes a fresh snapshot (READ
-- COMMITTED), so the places counted after the lock is granted include every
-- booking committed before it: the same guarantee as the transaction it
-- replaces. The confirmation or waiting-list email is queued by the same
-- statement, so it exists exactly when the booking does.
--
-- Returns one row: the registration and its status, whether the person
-- already held it (a repeat), or a refusal code (RegistrationError's codes).
CREATE FUNCTION cpd_week_book_place(
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

  SELECT count(*) FILTER (WHERE r.status = 'CONFIRMED'), coalesce(max(r."waitlistPosition") FILTER (WHERE r.status = 'WAITLISTED'), 0)
  INTO v_confirmed, v_last_position
  FROM "Registration" r WHERE r."sessionId" = p_session_id AND r.status IN ('CONFIRMED', 'WAITLISTED');
  IF v_session.capacity IS NULL OR v_confirmed < v_session.capacity THEN
    v_status := 'CONFIRMED';
    v_position := NULL;
  ELSE
    v_status := 'WAITLISTED';
    v_position := v_last_position + 1;
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
