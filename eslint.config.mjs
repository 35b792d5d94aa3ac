import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";

// Prisma's generated client (models, enums, the Prisma namespace) is imported only inside lib/,
// prisma/, scripts/ and tests/; app/ and components/ use the types and enums lib/ exports.
const generatedClient = {
  group: ["**/generated/prisma", "**/generated/prisma/**", "@/lib/generated/**", "@prisma/*", "@prisma/**"],
  message:
    "Import types and enums from the lib/ module that owns them (e.g. @/lib/programme/vocabulary), not Prisma's client (docs/decisions/0017-one-rule-for-the-database.md).",
};

// ADR 0017: app/ hands the client to lib/ and never queries with it: no model method
// (prisma.user.findUnique) and no $transaction, $queryRaw or $executeRaw.
const noQueriesInApp = {
  selector:
    "MemberExpression[object.type='MemberExpression'][object.object.name=/^(prisma|db|tx)$/], MemberExpression[object.name=/^(prisma|db|tx)$/][property.name=/^\\$/]",
  message:
    "Pages, actions and routes pass prisma into one lib/<domain>/ function; they never query themselves (docs/decisions/0017-one-rule-for-the-database.md).",
};

// Tooling (scripts/: the server, migrations, bench, drills) and tests may use the web app's code;
// the web app never loads theirs, and tooling never depends on tests (scripts/support/ holds what both need).
const toolingFromApp = {
  group: ["**/scripts/**", "@/scripts/**", "**/tests/**", "@/tests/**"],
  message: "The web app (app/, components/, lib/) never imports scripts/ or tests/: tooling depends on the app, not the other way round.",
};

// Inside lib/ every import is relative: lib/ also runs outside Next.js's bundler (scripts/serve.ts,
// the job worker, the seed), and one style is easier to read (README, "How we write code").
const aliasInLib = {
  group: ["@/*"],
  message: "Inside lib/, import relatively (../programme/vocabulary), not through the @/ alias.",
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    files: ["**/*.{js,jsx,mjs,ts,tsx,mts,cts}"],
    rules: {
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-explicit-any": "error",
      // Server actions used with useActionState receive the previous state first, used or not.
      "@typescript-eslint/no-unused-vars": ["warn", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // One import order everywhere, fixed by `npm run lint -- --fix`: Node's modules, packages, @/ paths,
      // then relative ones, each alphabetical, without blank lines between groups.
      "import/order": [
        "error",
        {
          groups: ["builtin", "external", "internal", "parent", "sibling", "index"],
          pathGroups: [{ pattern: "@/**", group: "internal" }],
          "newlines-between": "never",
          alphabetize: { order: "asc", caseInsensitive: true },
        },
      ],
    },
  },
  {
    files: ["app/**"],
    rules: { "no-restricted-syntax": ["error", noQueriesInApp] },
  },
  {
    // One translation path for every form's failure (lib/forms/form-failure.ts):
    // an action never writes an error state of its own. (This block replaces the one
    // above for actions, so it repeats its rule.)
    files: ["app/**/actions.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        noQueriesInApp,
        {
          selector: "Property[key.name='status'][value.value='error']",
          message: "Return failedFormState(messages, failure, typed) from lib/forms/form-failure.ts: every form's failure goes through it.",
        },
      ],
    },
  },
  // ADR 0017: pages, layouts, actions and routes reach the database only through lib/ (passing
  // prisma from @/lib/db into one function); the generated client stays inside lib/.
  {
    files: ["app/**", "components/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [generatedClient, toolingFromApp] }] },
  },
  // Components draw what they are given: no database client either.
  {
    files: ["components/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            generatedClient,
            toolingFromApp,
            {
              group: ["**/lib/db"],
              message: "Components never touch data: the page loads it through lib/ and passes it in (docs/decisions/0017-one-rule-for-the-database.md).",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["lib/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [aliasInLib, toolingFromApp] }] },
  },
  {
    // lib/'s own tests may use the shared test helpers and tooling (relatively, like the rest of lib/).
    files: ["lib/**/*.test.ts", "lib/**/*.test.tsx"],
    rules: { "no-restricted-imports": ["error", { patterns: [aliasInLib] }] },
  },
  {
    files: ["scripts/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["**/tests/**", "@/tests/**"], message: "Tooling never depends on tests: what both need lives in scripts/support/." }] },
      ],
    },
  },
  // Last: turn off the stylistic rules Prettier owns (npm run format).
  prettier,
  globalIgnores([
    ".next/**",
    ".next-*/**",
    "node_modules/**",
    "lib/generated/**",
    ".data/**",
    "test-results/**",
    "test-results-*/**",
    "playwright-report/**",
    "playwright-report-*/**",
    "next-env.d.ts",
  ]),
]);
