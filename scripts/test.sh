#!/usr/bin/env bash
# The whole test suite: types, formatting, lint, unit and integration tests (Vitest, on a
# fresh PostgreSQL database), then the production build in a real browser
# (Playwright). Uses DATABASE_URL's server when set, else an embedded one.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

step() { printf '\n=== %s ===\n' "$*"; }

step "Type check"
npx tsc --noEmit

step "Formatting (Prettier)"
npx prettier --check . --log-level warn

step "Lint"
npx eslint . --max-warnings=0

step "Unit and integration tests (Vitest)"
npx vitest run

step "Production build"
npx next build

step "Fault drills (SIGKILL mid-booking, database outage, SIGTERM, two instances)"
# They kill servers and database connections, which needs a PostgreSQL server.
if [ -n "${TEST_DATABASE_ADMIN_URL:-}${DATABASE_URL:-}" ]; then
  npx tsx scripts/drills/run.ts
else
  echo "Skipped: the fault drills need a PostgreSQL server (set DATABASE_URL), not the embedded database."
fi

step "Browser tests (Playwright)"
npx playwright test
