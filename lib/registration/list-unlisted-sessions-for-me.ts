import type { PrismaClient } from "../prisma-client";
import { publicSessionWhere } from "../programme/public-visibility";
import { bookingRuleSelect, effectiveBookingRule, isEmailAtDomains } from "./booking-rule";

/**
 * Sessions left out of the public programme that this person may book
 * because their confirmed address is at one of the session's domains (a
 * staff-only session an organiser chose not to list): shown on their
 * programme page, so that "visible to those who may book" holds without the
 * shared, cached programme differing from one visitor to the next. Sessions
 * already booked, started or cancelled are left out.
 */
export async function listUnlistedSessionsForMe(db: PrismaClient, userId: string, now: Date = new Date()) {
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true, emailVerifiedAt: true } });
  if (!user?.emailVerifiedAt) return [];
  const rows = await db.session.findMany({
    where: {
      ...publicSessionWhere,
      status: "PUBLISHED",
      unlisted: true,
      startsAt: { gt: now },
      registrations: { none: { userId, status: { not: "CANCELLED" } } },
    },
    orderBy: { startsAt: "asc" },
    take: 50,
    select: {
      id: true,
      slug: true,
      title: true,
      titleCy: true,
      startsAt: true,
      ...bookingRuleSelect,
      event: { select: { timeZone: true, ...bookingRuleSelect } },
    },
  });
  return rows.filter((row) => {
    const rule = effectiveBookingRule(row);
    return rule.rule === "EMAIL_DOMAIN" && isEmailAtDomains(user.email, rule.domains);
  });
}
