// npm run db:seed              seed the demo week into an empty database
// npm run db:seed -- --force   wipe all events, speakers and users, then reseed
import { createPrismaClient } from "../lib/prisma-client";
import { isDatabaseEmpty, seedDemoWeek } from "../prisma/seed/demo-week";

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
    console.error(
      "DATABASE_URL is not set. Point it at a PostgreSQL server, e.g. postgresql://postgres@127.0.0.1:5432/cpd_week",
    );
    return 1;
  }

  const prisma = createPrismaClient(databaseUrl, { max: 2 });
  try {
    if (force) {
      // The wipe runs inside the seed's transaction: if seeding fails, the old data stays.
      await seedDemoWeek(prisma, { replaceExisting: true });
      console.log("Wiped events, speakers and users. Seeded the demo week");
    } else if (await isDatabaseEmpty(prisma)) {
      await seedDemoWeek(prisma);
      console.log("Seeded the demo week");
    } else {
      console.log("Database already has data; not seeding (use --force to wipe and reseed)");
    }
    return 0;
  } finally {
    await prisma.$disconnect();
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
