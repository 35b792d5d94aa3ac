import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-explicit-any": "error",
      // Server actions used with useActionState receive the previous state first, used or not.
      "@typescript-eslint/no-unused-vars": ["warn", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // One translation path for every form's failure (lib/forms/form-failure.ts):
    // an action never writes an error state of its own.
    files: ["app/**/actions.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "Property[key.name='status'][value.value='error']",
          message: "Return failedFormState(messages, failure, typed) from lib/forms/form-failure.ts: every form's failure goes through it.",
        },
      ],
    },
  },
  globalIgnores([".next/**", ".next-*/**", "node_modules/**", "lib/generated/**", ".data/**", "test-results/**", "test-results-*/**", "playwright-report/**", "playwright-report-*/**", "next-env.d.ts"]),
]);
