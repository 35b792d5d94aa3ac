import { TZDate } from "@date-fns/tz";
import { addDays } from "date-fns";
import { contentTextIn } from "../i18n/content";
import { localisePath } from "../i18n/locale-paths";
import { dateLocale, type AppLocale } from "../i18n/locales";
import { formatClock, formatLongDate, localDayKey, timeZoneAbbreviation } from "../programme/event-time";
import { buildSessionCalendar } from "../programme/session-calendar";
import { correspondenceLocales, firstLocale, plainText, writtenIn, type Translate } from "./email-text";
import type { RegistrationForEmail } from "./load-registration";
import type { EmailAttachment, EmailMessage } from "./send-email";

// The text of each registration email, built from a loaded registration, in
// the language its reader chose (Welsh, English, or both with Welsh first),
// with the programme's Welsh text where the organisers wrote it and links to
// the pages in that language. No database or transport here, so the wording
// can be checked on its own. A message to many people (a cancelled session)
// is built once per registration, so each reads it in their own language.

type Session = RegistrationForEmail["session"];

/** A page of the site, in the reader's language. */
export function pageUrl(siteUrl: string, path: string, locale: AppLocale): string {
  return `${siteUrl}${localisePath(path, locale)}`;
}

export function titleOf(session: Session, locale: AppLocale): string {
  return contentTextIn(locale, session.title, session.titleCy);
}

export function sessionDetails(t: Translate, session: Session, locale: AppLocale, options: { joinLink: boolean }): string[] {
  const zone = session.event.timeZone;
  const dates = dateLocale(locale);
  const lines = [
    t("email.details.session", { title: titleOf(session, locale) }),
    t("email.details.when", {
      date: formatLongDate(session.startsAt, zone, dates),
      start: formatClock(session.startsAt, zone, dates),
      end: formatClock(session.endsAt, zone, dates),
      zone: timeZoneAbbreviation(session.startsAt, zone),
    }),
    t("email.details.format", { format: t(`formats.${session.format}`) }),
  ];
  if (session.venue) lines.push(t("email.details.where", { venue: contentTextIn(locale, session.venue, session.venueCy) }));
  // The joining link is for confirmed places only, and only where there is something to join online.
  if (options.joinLink && session.format !== "IN_PERSON") {
    lines.push(session.joinUrl ? t("email.details.joinLink", { url: session.joinUrl }) : t("email.details.joinLinkLater"));
  }
  return lines;
}

function sessionPage(t: Translate, session: Session, siteUrl: string, locale: AppLocale): string {
  return t("email.details.sessionPage", { url: pageUrl(siteUrl, `/sessions/${session.slug}`, locale) });
}

export function signOff(t: Translate, session: Session, locale: AppLocale): string {
  return t("email.signOff", {
    event: contentTextIn(locale, session.event.title, session.event.titleCy),
    organiser: contentTextIn(locale, session.event.organiserName, session.event.organiserNameCy),
  });
}

/**
 * The session's .ics, the same calendar entry (same UID) as the session
 * page's download, so calendars update it; in the reader's first language.
 */
export function calendarAttachment(session: Session, siteUrl: string, options: { cancelled: boolean }, locale: AppLocale): EmailAttachment {
  return {
    filename: `${session.slug}.ics`,
    content: buildSessionCalendar({ ...session, cancelled: options.cancelled }, siteUrl, new URL(siteUrl).hostname, locale),
    contentType: "text/calendar; charset=utf-8; method=PUBLISH",
  };
}

/** Confirmation of a place, or of a place that came up from the waiting list. */
export function placeConfirmedEmail(registration: RegistrationForEmail, siteUrl: string, kind: "confirmed" | "promoted"): EmailMessage {
  const { session, user } = registration;
  return {
    to: user.email,
    ...writtenIn(correspondenceLocales(user.language), (t, locale) => ({
      subject: t(`email.${kind}.subject`, { title: titleOf(session, locale) }),
      text: plainText([
        t("email.greeting", { name: user.name }),
        t(`email.${kind}.intro`),
        sessionDetails(t, session, locale, { joinLink: true }),
        t("email.calendarAttached"),
        [sessionPage(t, session, siteUrl, locale), t("email.cancelYourPlace", { url: pageUrl(siteUrl, "/account", locale) })],
        signOff(t, session, locale),
      ]),
    })),
    attachments: [calendarAttachment(session, siteUrl, { cancelled: false }, firstLocale(user.language))],
  };
}

export function waitlistedEmail(registration: RegistrationForEmail, place: number, siteUrl: string): EmailMessage {
  const { session, user } = registration;
  return {
    to: user.email,
    ...writtenIn(correspondenceLocales(user.language), (t, locale) => ({
      subject: t("email.waitlisted.subject", { title: titleOf(session, locale) }),
      text: plainText([
        t("email.greeting", { name: user.name }),
        [t("email.waitlisted.intro"), t("email.waitlisted.position", { position: place })],
        sessionDetails(t, session, locale, { joinLink: false }),
        t("email.waitlisted.whatHappensNext"),
        [sessionPage(t, session, siteUrl, locale), t("email.waitlisted.leave", { url: pageUrl(siteUrl, "/account", locale) })],
        signOff(t, session, locale),
      ]),
    })),
  };
}

export function sessionCancelledEmail(registration: RegistrationForEmail, siteUrl: string): EmailMessage {
  const { session, user } = registration;
  return {
    to: user.email,
    ...writtenIn(correspondenceLocales(user.language), (t, locale) => ({
      subject: t("email.cancelled.subject", { title: titleOf(session, locale) }),
      text: plainText([
        t("email.greeting", { name: user.name }),
        t("email.cancelled.intro"),
        sessionDetails(t, session, locale, { joinLink: false }),
        t("email.cancelled.nothingToDo"),
        t("email.cancelled.otherSessions", { url: pageUrl(siteUrl, "/programme", locale) }),
        signOff(t, session, locale),
      ]),
    })),
    attachments: [calendarAttachment(session, siteUrl, { cancelled: true }, firstLocale(user.language))],
  };
}

/** An organiser cancelled this person's registration; the session goes ahead without them. */
export function registrationCancelledEmail(registration: RegistrationForEmail, siteUrl: string): EmailMessage {
  const { session, user } = registration;
  return {
    to: user.email,
    ...writtenIn(correspondenceLocales(user.language), (t, locale) => ({
      subject: t("email.registrationCancelled.subject", { title: titleOf(session, locale) }),
      text: plainText([
        t("email.greeting", { name: user.name }),
        t("email.registrationCancelled.intro"),
        sessionDetails(t, session, locale, { joinLink: false }),
        t("email.registrationCancelled.calendar"),
        t("email.registrationCancelled.questions", { url: pageUrl(siteUrl, `/sessions/${session.slug}`, locale) }),
        signOff(t, session, locale),
      ]),
    })),
    attachments: [calendarAttachment(session, siteUrl, { cancelled: true }, firstLocale(user.language))],
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
  const { session, user } = registration;
  return {
    to: user.email,
    ...writtenIn(correspondenceLocales(user.language), (t, locale) => {
      const when = {
        day: dayFromNow(session.startsAt, now, session.event.timeZone),
        date: formatLongDate(session.startsAt, session.event.timeZone, dateLocale(locale)),
      };
      return {
        subject: t("email.reminder.subject", { title: titleOf(session, locale), ...when }),
        text: plainText([
          t("email.greeting", { name: user.name }),
          t("email.reminder.intro", when),
          sessionDetails(t, session, locale, { joinLink: true }),
          [sessionPage(t, session, siteUrl, locale), t("email.cancelYourPlace", { url: pageUrl(siteUrl, "/account", locale) })],
          signOff(t, session, locale),
        ]),
      };
    }),
  };
}
