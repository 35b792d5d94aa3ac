-- Change notifications for the caches in every server process, of every
-- instance (lib/cache/listen-for-changes.ts, docs/decisions/0010). A trigger
-- fires for every way a row can change (an organiser's form, a booking, a
-- script, psql), and PostgreSQL delivers a NOTIFY only when its transaction
-- commits, so no process hears of a change it cannot yet read. One
-- notification per statement (and identical ones in a transaction are
-- delivered once), so a booking adds one small message, not a row lock.
--
-- The function's body is written with \x3B for its semicolons: the schema
-- engine's PostgreSQL adapter splits a migration into statements at every
-- semicolon, dollar quotes or not.
CREATE FUNCTION cpd_week_notify_change() RETURNS trigger LANGUAGE plpgsql AS
  E'BEGIN PERFORM pg_notify(\'cpd_week_changes\', TG_ARGV[0])\x3B RETURN NULL\x3B END';

-- The programme: what the public pages show apart from places left.
CREATE TRIGGER "Event_notify_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Event"
  FOR EACH STATEMENT EXECUTE FUNCTION cpd_week_notify_change('programme');
CREATE TRIGGER "Theme_notify_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Theme"
  FOR EACH STATEMENT EXECUTE FUNCTION cpd_week_notify_change('programme');
CREATE TRIGGER "Session_notify_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Session"
  FOR EACH STATEMENT EXECUTE FUNCTION cpd_week_notify_change('programme');
CREATE TRIGGER "Speaker_notify_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Speaker"
  FOR EACH STATEMENT EXECUTE FUNCTION cpd_week_notify_change('programme');
CREATE TRIGGER "SessionSpeaker_notify_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "SessionSpeaker"
  FOR EACH STATEMENT EXECUTE FUNCTION cpd_week_notify_change('programme');

-- Places left: every booking, cancellation and promotion.
CREATE TRIGGER "Registration_notify_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Registration"
  FOR EACH STATEMENT EXECUTE FUNCTION cpd_week_notify_change('places');
