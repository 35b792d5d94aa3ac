import type { TestProject } from "vitest/node";
import { createTestDatabase, migrateAndSeed } from "../../scripts/support/fresh-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    databaseKind: "server" | "embedded";
  }
}

// One fresh database per run: migrated from the committed migrations and
// seeded with the demo week, dropped at the end.
export default async function setup(project: TestProject) {
  const database = await createTestDatabase();
  await migrateAndSeed(database.url);
  project.provide("databaseUrl", database.url);
  project.provide("databaseKind", database.kind);
  return async () => {
    await database.drop();
  };
}
