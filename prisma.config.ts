import { defineConfig } from "prisma/config";

// The CLI is used only for generate/validate/format (the native schema engine
// cannot be downloaded here); migrations run through scripts/migrate.ts.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
