// npm run email:reminders    send the day-before reminders that are due, now
//
// The job worker runs this every day at 08:00 UTC (lib/jobs/job-worker.ts);
// run it by hand to send what is due at once, with the
// same environment as the site: DATABASE_URL, SITE_URL for the links, and
// SMTP_URL (without it, emails go to the outbox folder). Running it twice, or
// two copies at once, sends nobody a second reminder.
import { runReminderJob } from "../lib/email/reminders";
import { siteUrlFromEnvironment } from "../lib/jobs/job-worker";
import { createPrismaClient } from "../lib/prisma-client";

async function main(): Promise<number> {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    console.error("DATABASE_URL is not set. Point it at the site's database, e.g. postgresql://postgres@127.0.0.1:5432/cpd_week");
    return 1;
  }

  const db = createPrismaClient(databaseUrl, { max: 2 });
  try {
    const { sent, failed } = await runReminderJob({ db, siteUrl: siteUrlFromEnvironment() });
    console.log(`Sent ${sent} reminder(s)`);
    if (failed > 0) {
      console.error(`${failed} reminder(s) could not be sent; they will be tried again on the next run`);
      return 1;
    }
    return 0;
  } finally {
    await db.$disconnect();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  },
);
