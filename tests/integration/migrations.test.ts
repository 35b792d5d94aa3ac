import { describe, expect, inject, it } from "vitest";
import { applyMigrations, diffMigrationsToSchema, isEmptyMigration } from "@/scripts/support/schema-engine";

// The test database was built from prisma/migrations by the global setup.
const databaseUrl = () => process.env.DATABASE_URL ?? "";

describe("migrations", () => {
  // The diff replays the migrations on a shadow database (CREATE DATABASE),
  // which the embedded PGlite cannot provide: this check needs a real server,
  // as in CI (DATABASE_URL set).
  it.runIf(inject("databaseKind") === "server")("produce exactly what schema.prisma describes (no drift)", async () => {
    const sql = await diffMigrationsToSchema(databaseUrl());
    // When this fails, run `npm run db:migration -- describe_the_change` and commit the new folder.
    expect(isEmptyMigration(sql), `schema.prisma differs from the migrations:\n${sql}`).toBe(true);
  });

  it("apply nothing the second time", async () => {
    expect(await applyMigrations(databaseUrl())).toEqual([]);
  });
});
