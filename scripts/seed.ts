// npm run db:seed              seed the demo weeks into an empty database
// npm run db:seed -- --force   wipe all events, speakers and users, then reseed
//
// The upcoming demo week (Glan Usk Practice Week) is dated from when the seed
// runs: reseed with --force when it has gone by to get a bookable week again.
import { createPrismaClient } from "../lib/prisma-client";
import { demoAccounts } from "../prisma/seed/demo-accounts";
import { upcomingWeekDates } from "../prisma/seed/glan-usk-practice-week";
import { isDatabaseEmpty, seedDemoWeek } from "../prisma/seed/seed-demo-week";

const USAGE = "Usage: tsx scripts/seed.ts [--force]";

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const unknown = args.filter((arg) => arg !== "--force");
  if (unknown.length) {
    console.error(`Unknown argument: ${unknown.join(" ")}\n${USAGE}`);
    return 2;
  }
  const force = args.includes("--force");

  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    console.error("DATABASE_URL is not set. Point it at a PostgreSQL server, e.g. postgresql://postgres@127.0.0.1:5432/cpd_week");
    return 1;
  }

  const now = new Date();
  const prisma = createPrismaClient(databaseUrl, { max: 2 });
  try {
    if (force) {
      // The wipe runs inside the seed's transaction: if seeding fails, the old data stays.
      await seedDemoWeek(prisma, { replaceExisting: true, now });
      console.log("Wiped events, speakers and users. Seeded the demo weeks");
      describeSeed(now);
    } else if (await isDatabaseEmpty(prisma)) {
      await seedDemoWeek(prisma, { now });
      console.log("Seeded the demo weeks");
      describeSeed(now);
    } else {
      console.log("Database already has data; not seeding (use --force to wipe and reseed)");
    }
    return 0;
  } finally {
    await prisma.$disconnect();
  }
}

function describeSeed(now: Date) {
  const { days } = upcomingWeekDates(now);
  console.log(`Upcoming week to book: Glan Usk Practice Week, ${days[0]} to ${days[days.length - 1]}`);
  for (const [role, { email, password }] of Object.entries(demoAccounts)) {
    console.log(`Demo ${role}: ${email} / ${password}`);
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
