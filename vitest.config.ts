import path from "node:path";
import { defineConfig } from "vitest/config";
import { projectRoot } from "./scripts/support/project-root";

export default defineConfig({
  resolve: {
    alias: {
      "@": projectRoot,
      // `server-only` throws outside React Server Components; tests are server code.
      "server-only": path.join(projectRoot, "tests/helpers/empty-module.ts"),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "tests/integration/**/*.test.ts", "scripts/**/*.test.ts"],
    globalSetup: ["tests/helpers/vitest-global-setup.ts"],
    setupFiles: ["tests/helpers/vitest-setup.ts"],
    // One worker: the machine has two cores and the suite shares one database.
    pool: "forks",
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
