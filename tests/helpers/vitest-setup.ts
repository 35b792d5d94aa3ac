import { inject } from "vitest";

// Runs in the test worker before each test file, before lib/db is imported.
process.env.DATABASE_URL = inject("databaseUrl");
// A throwaway secret for signing session cookies in tests.
process.env.NEXTAUTH_SECRET ??= "test-secret-".padEnd(48, "x");
