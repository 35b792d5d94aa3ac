import { enGB } from "date-fns/locale";
import { TZDate } from "@date-fns/tz";
import { addDays } from "date-fns";
import { formatClock, formatLongDate, localDayKey, timeZoneAbbreviation } from "../programme/event-time";
import { buildSessionCalendar } from "../programme/session-calendar";
import { emailTranslator, plainText, type Translate } from "./email-text";
import type { RegistrationForEmail } from "./load-registration";
import type { EmailAttachment, EmailMessage } from "./send-email";

// The text of each registration email, built from a loaded registration.
// No database or transport here, so the wording can be checked on its own.

type Session = RegistrationForEmail["session"];

function sessionDetails(t: Translate, session: Session, options: { joinLink: boolean }): string[] {
  const zone = session.event.timeZone;
  const lines = [
    t("email.details.session", { title: session.title }),
    t("email.details.when", {
      date: formatLongDate(session.startsAt, zone, enGB),
      start: formatClock(session.startsAt, zone, enGB),
      end: formatClock(session.endsAt, zone, enGB),
      zone: timeZoneAbbreviation(session.startsAt, zone),
    }),
    t("email.details.format", { format: t(`formats.${session.format}`) }),
  ];
  if (session.venue) lines.push(t("email.details.where", { venue: session.venue }));
  // The joining link is for confirmed places only, and only where there is something to join online.
  if (options.joinLink && session.format !== "IN_PERSON") {
    lines.push(session.joinUrl ? t("email.details.joinLink", { url: session.joinUrl }) : t("email.details.joinLinkLater"));
  }
  return lines;
}

function sessionPage(t: Translate, session: Session, siteUrl: string): string {
  return t("email.details.sessionPage", { url: `${siteUrl}/sessions/${session.slug}` });
}

function signOff(t: Translate, session: Session): string {
  return t("email.signOff", { event: session.event.title, organiser: session.event.organiserName });
}

/** The session's .ics, the same calendar entry (same UID) as the session page's download, so calendars update it. */
export function calendarAttachment(session: Session, siteUrl: string, options: { cancelled: boolean }): EmailAttachment {
  return {
    filename: `${session.slug}.ics`,
    content: buildSessionCalendar({ ...session, cancelled: options.cancelled }, siteUrl, new URL(siteUrl).hostname),
    contentType: "text/calendar; charset=utf-8; method=PUBLISH",
  };
}

/** Confirmation of a place, or of a place that came up from the waiting list. */
export function placeConfirmedEmail(
  registration: RegistrationForEmail,
  siteUrl: string,
  kind: "confirmed" | "promoted",
): EmailMessage {
  const t = emailTranslator();
  const { session, user } = registration;
  return {
    to: user.email,
    subject: t(`email.${kind}.subject`, { title: session.title }),
    text: plainText([
      t("email.greeting", { name: user.name }),
      t(`email.${kind}.intro`),
      sessionDetails(t, session, { joinLink: true }),
      t("email.calendarAttached"),
      [sessionPage(t, session, siteUrl), t("email.cancelYourPlace", { url: `${siteUrl}/account` })],
      signOff(t, session),
    ]),
    attachments: [calendarAttachment(session, siteUrl, { cancelled: false })],
  };
}

export function waitlistedEmail(registration: RegistrationForEmail, place: number, siteUrl: string): EmailMessage {
  const t = emailTranslator();
  const { session, user } = registration;
  return {
    to: user.email,
    subject: t("email.waitlisted.subject", { title: session.title }),
    text: plainText([
      t("email.greeting", { name: user.name }),
      [t("email.waitlisted.intro"), t("email.waitlisted.position", { position: place })],
      sessionDetails(t, session, { joinLink: false }),
      t("email.waitlisted.whatHappensNext"),
      [sessionPage(t, session, siteUrl), t("email.waitlisted.leave", { url: `${siteUrl}/account` })],
      signOff(t, session),
    ]),
  };
}

export function sessionCancelledEmail(registration: RegistrationForEmail, siteUrl: string): EmailMessage {
  const t = emailTranslator();
  const { session, user } = registration;
  return {
    to: user.email,
    subject: t("email.cancelled.subject", { title: session.title }),
    text: plainText([
      t("email.greeting", { name: user.name }),
      t("email.cancelled.intro"),
      sessionDetails(t, session, { joinLink: false }),
      t("email.cancelled.nothingToDo"),
      t("email.cancelled.otherSessions", { url: `${siteUrl}/programme` }),
      signOff(t, session),
    ]),
    attachments: [calendarAttachment(session, siteUrl, { cancelled: true })],
  };
}

/** An organiser cancelled this person's registration; the session goes ahead without them. */
export function registrationCancelledEmail(registration: RegistrationForEmail, siteUrl: string): EmailMessage {
  const t = emailTranslator();
  const { session, user } = registration;
  return {
    to: user.email,
    subject: t("email.registrationCancelled.subject", { title: session.title }),
    text: plainText([
      t("email.greeting", { name: user.name }),
      t("email.registrationCancelled.intro"),
      sessionDetails(t, session, { joinLink: false }),
      t("email.registrationCancelled.calendar"),
      t("email.registrationCancelled.questions", { url: `${siteUrl}/sessions/${session.slug}` }),
      signOff(t, session),
    ]),
    attachments: [calendarAttachment(session, siteUrl, { cancelled: true })],
  };
}

/** "today", "tomorrow" or another day, in the event's time zone, for the reminder's wording. */
function dayFromNow(startsAt: Date, now: Date, timeZone: string): "today" | "tomorrow" | "other" {
  const day = localDayKey(startsAt, timeZone);
  if (day === localDayKey(now, timeZone)) return "today";
  if (day === localDayKey(addDays(new TZDate(now, timeZone), 1), timeZone)) return "tomorrow";
  return "other";
}

export function reminderEmail(registration: RegistrationForEmail, siteUrl: string, now: Date): EmailMessage {
  const t = emailTranslator();
  const { session, user } = registration;
  const when = {
    day: dayFromNow(session.startsAt, now, session.event.timeZone),
    date: formatLongDate(session.startsAt, session.event.timeZone, enGB),
  };
  return {
    to: user.email,
    subject: t("email.reminder.subject", { title: session.title, ...when }),
    text: plainText([
      t("email.greeting", { name: user.name }),
      t("email.reminder.intro", when),
      sessionDetails(t, session, { joinLink: true }),
      [sessionPage(t, session, siteUrl), t("email.cancelYourPlace", { url: `${siteUrl}/account` })],
      signOff(t, session),
    ]),
  };
}
