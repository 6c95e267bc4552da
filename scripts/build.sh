#!/usr/bin/env bash
# Builds what `npm start` serves: the web app (Vite) and the embedded-database template, side by side.
set -euo pipefail
cd "$(dirname "$0")/.."
npx vite build &
web=$!
node --import tsx src/server/cli/build-database-template.ts &
template=$!
wait "$web"
wait "$template"
