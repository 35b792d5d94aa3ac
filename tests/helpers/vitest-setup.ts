import { inject } from "vitest";

// Runs in the test worker before each test file, before lib/db is imported.
process.env.DATABASE_URL = inject("databaseUrl");
