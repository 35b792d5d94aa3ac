// npm run email:reminders    send the day-before reminders that are due
//
// Meant to run once a day (cron, a scheduled task or a platform job), with the
// same environment as the site: DATABASE_URL, SITE_URL for the links, and
// SMTP_URL (without it, emails go to the outbox folder). Running it twice, or
// two copies at once, sends nobody a second reminder.
import { runReminderJob } from "../lib/email/reminders";
import { createPrismaClient } from "../lib/prisma-client";

// Not siteUrl() from lib/env: that checks every setting the web server needs
// (such as the session secret), and this job needs none of them.
function siteUrlFromEnvironment(): string {
  const url = process.env.SITE_URL || `http://localhost:${process.env.PORT || "3000"}`;
  if (!URL.canParse(url)) throw new Error("SITE_URL must be an absolute URL such as https://cpdweek.example.org");
  return url.replace(/\/$/, "");
}

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
