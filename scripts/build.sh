#!/usr/bin/env bash
# Builds what `npm start` serves: the web app (Vite) and the embedded-database template, side by side.
#   --if-changed (npm start): skip both when nothing they are built from changed since the last build. The inputs'
#   hash is kept in dist/.build-inputs, written only after a build succeeded.
set -euo pipefail
cd "$(dirname "$0")/.."

stamp=dist/.build-inputs
inputs_hash() {
  # Everything the web bundle and the template are built from: the web app and what it imports, the migrations,
  # the locked dependencies (Vite, React, PGlite versions), the build configuration and this script.
  {
    find src/web src/contracts src/domain db/migrations -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum
    sha256sum package-lock.json vite.config.ts tsconfig.json scripts/build.sh \
      src/server/cli/build-database-template.ts src/server/platform/db/pglite-template.ts
  } | sha256sum | cut -d' ' -f1
}

hash=$(inputs_hash)
if [ "${1:-}" = "--if-changed" ] && [ -f dist/web/index.html ] && compgen -G 'dist/pglite-template-*.tar.gz' >/dev/null &&
  [ "$(cat "$stamp" 2>/dev/null)" = "$hash" ]; then
  echo "Build is up to date (nothing it is made from changed since the last build)."
  exit 0
fi

rm -f "$stamp"
npx vite build &
web=$!
node --import tsx src/server/cli/build-database-template.ts &
template=$!
wait "$web"
wait "$template"
echo "$hash" > "$stamp"
