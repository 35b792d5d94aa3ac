import "server-only";
import { createEvents } from "ics";
import { newCalendarToken } from "../auth/create-account";
import { firstLocale } from "../email/email-text";
import { translatorFor } from "../i18n/catalogue";
import type { PrismaClient } from "../prisma-client";
import { calendarEventAttributes, calendarSessionSelect } from "../programme/session-calendar";

/**
 * One calendar with every session the person has booked or is waiting for.
 * Cancelled bookings and cancelled sessions stay in the feed marked
 * STATUS:CANCELLED, so subscribed calendar apps remove them. Written in the
 * person's language for correspondence (its first, if they chose both): a
 * calendar app subscribed to the feed sends no page language.
 */
export async function buildPersonalCalendar(db: PrismaClient, userId: string, siteUrl: string): Promise<string> {
  const { language } = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { language: true } });
  const locale = firstLocale(language);
  const registrations = await db.registration.findMany({
    where: { userId, session: { status: { in: ["PUBLISHED", "CANCELLED"] }, event: { status: "PUBLISHED" } } },
    orderBy: { session: { startsAt: "asc" } },
    select: {
      status: true,
      updatedAt: true,
      session: { select: calendarSessionSelect },
    },
  });
  const host = new URL(siteUrl).hostname;
  // The entry changes when the session does and when the person's own place
  // does (cancelled): the later of the two dates it, so SEQUENCE grows for both.
  const events = registrations.map(({ status, updatedAt, session }) =>
    calendarEventAttributes(
      {
        ...session,
        cancelled: status === "CANCELLED" || session.status === "CANCELLED",
        updatedAt: updatedAt > session.updatedAt ? updatedAt : session.updatedAt,
      },
      siteUrl,
      host,
      locale,
    ),
  );
  const { error, value } = createEvents(events, { calName: translatorFor(locale)("account.calendarFeedName"), productId: "cpd-week/ics" });
  if (error || value == null) throw new Error(`Could not build the calendar: ${error?.message ?? "no output"}`);
  return value;
}

/** The person whose private subscription address carries this token, if any. */
export async function findUserByCalendarToken(db: PrismaClient, token: string): Promise<{ id: string } | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  return db.user.findUnique({ where: { calendarToken: token }, select: { id: true } });
}

/** The caller's private subscription token, made on first use. */
export async function getOrCreateCalendarToken(db: PrismaClient, userId: string): Promise<string> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { calendarToken: true } });
  return user.calendarToken ?? resetCalendarToken(db, userId);
}

/** Replaces the token: the old subscription address stops working at once. */
export async function resetCalendarToken(db: PrismaClient, userId: string): Promise<string> {
  const calendarToken = newCalendarToken();
  await db.user.update({ where: { id: userId }, data: { calendarToken } });
  return calendarToken;
}
