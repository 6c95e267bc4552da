#!/usr/bin/env bash
# The whole suite, as `npm test` and CI run it: domain rules (in two time zones), API integration tests on
# PGlite and on a throwaway PostgreSQL 15, web unit tests, and the browser journeys in Debian's Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/ensure-system-packages.sh
rm -rf .tmp/results && mkdir -p .tmp/results
npm run -s build

status=0
run_vitest() {
  local name=$1 tz=$2
  shift 2
  TZ=$tz npx vitest run "$@" --reporter=default --reporter=json --outputFile.json=".tmp/results/vitest-$name.json" || status=1
}
run_vitest domain-utc UTC --project domain
run_vitest domain-auckland Pacific/Auckland --project domain
run_vitest integration UTC --project server-pglite --project server-postgres --project process --project web
PLAYWRIGHT_JSON_OUTPUT_FILE=.tmp/results/playwright.json npx playwright test --reporter=list,json || status=1
# Each browser run starts the demo server on a data folder of its own; nothing needs it afterwards.
rm -rf .tmp/e2e-data-*

node --import tsx scripts/summarise-test-results.ts .tmp/results
exit $status
