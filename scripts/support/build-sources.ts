// What a production build (`next build`) is made from: `npm start` rebuilds
// when a hash of these changes, and the benchmarks warn when one is newer than
// the build they measure. Folders that do not exist are not listed: the
// translations and the language set-up live in lib/messages and lib/i18n.

/** Folders of sources, read recursively; lib/generated is made from prisma/schema.prisma. */
export const BUILD_SOURCE_DIRS = ["app", "components", "lib", "public"];
export const BUILD_SOURCE_EXCLUDED = new Set(["lib/generated"]);
/** Single files (each only if present): the schema, the lock file, configuration and environment files. */
export const BUILD_SOURCE_FILES = [
  "prisma/schema.prisma",
  "package-lock.json",
  "next.config.ts",
  "next.config.mjs",
  "next.config.js",
  "postcss.config.mjs",
  "tsconfig.json",
  "proxy.ts",
  "middleware.ts",
  "instrumentation.ts",
  ".env",
  ".env.production",
  ".env.local",
  ".env.production.local",
];
