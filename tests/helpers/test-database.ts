// The tests' fresh database is the one the tooling makes (the benchmarks and
// the fault drills use it too), so it lives with the tooling: tests may depend
// on scripts/support, never the other way round.
export { createTestDatabase, migrateAndSeed, withDatabaseName, type TestDatabase } from "../../scripts/support/fresh-database";
