import type { Prisma } from "../generated/prisma/client";
import { registrationForEmailSelect } from "./load-registration";
import { reminderEmail } from "./registration-messages";
import { sendEmail, type EmailContext } from "./send-email";

const HOUR_MS = 60 * 60 * 1000;

/**
 * Reminders go to sessions starting 12 to 36 hours after the job runs. Run
 * once a day (say at 09:00), that is everything from 21:00 that evening to
 * 21:00 the next day: each session falls in exactly one day's window, and
 * gets its reminder the day before, at least 12 hours ahead. Running more
 * often is safe (nobody is reminded twice) but sends reminders earlier.
 */
export const REMINDER_WINDOW_HOURS = { from: 12, to: 36 } as const;

function dueWhere(now: Date): Prisma.RegistrationWhereInput {
  return {
    status: "CONFIRMED",
    reminderSentAt: null,
    session: {
      status: "PUBLISHED",
      event: { status: "PUBLISHED" },
      startsAt: {
        gte: new Date(now.getTime() + REMINDER_WINDOW_HOURS.from * HOUR_MS),
        lt: new Date(now.getTime() + REMINDER_WINDOW_HOURS.to * HOUR_MS),
      },
    },
  };
}

/**
 * Sends the day-before reminders that are due. Safe to run twice, even at the
 * same time: each registration is claimed by setting reminderSentAt with a
 * conditional update, and only the run whose update changed the row sends.
 * A failed send releases the claim so that the next run tries again.
 */
export async function runReminderJob(context: EmailContext, now: Date = new Date()): Promise<{ sent: number; failed: number }> {
  const due = await context.db.registration.findMany({
    where: dueWhere(now),
    orderBy: [{ session: { startsAt: "asc" } }, { id: "asc" }],
    select: registrationForEmailSelect,
  });

  let sent = 0;
  let failed = 0;
  for (const registration of due) {
    const claim = await context.db.registration.updateMany({
      where: { id: registration.id, status: "CONFIRMED", reminderSentAt: null },
      data: { reminderSentAt: now },
    });
    if (claim.count !== 1) continue; // Another run has it, or the place was just cancelled.
    try {
      await sendEmail(reminderEmail(registration, context.siteUrl, now));
      sent += 1;
    } catch (error) {
      failed += 1;
      await context.db.registration.updateMany({
        where: { id: registration.id, reminderSentAt: now },
        data: { reminderSentAt: null },
      });
      console.error(`Could not send the reminder for registration ${registration.id}:`, error);
    }
  }
  return { sent, failed };
}
