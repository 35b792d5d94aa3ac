import { describe, expect, it } from "vitest";
import { applyMigrations, diffMigrationsToSchema, isEmptyMigration } from "@/lib/migrations/schema-engine";

// The test database was built from prisma/migrations by the global setup.
const databaseUrl = () => process.env.DATABASE_URL ?? "";

describe("migrations", () => {
  it("produce exactly what schema.prisma describes (no drift)", async () => {
    const sql = await diffMigrationsToSchema(databaseUrl());
    // When this fails, run `npm run db:migration -- describe_the_change` and commit the new folder.
    expect(isEmptyMigration(sql), `schema.prisma differs from the migrations:\n${sql}`).toBe(true);
  });

  it("apply nothing the second time", async () => {
    expect(await applyMigrations(databaseUrl())).toEqual([]);
  });
});
