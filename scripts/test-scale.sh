#!/usr/bin/env bash
# npm run test:scale: starts real Redis and PostgreSQL (scripts/scale-servers.sh) in a temporary
# folder, runs the scale-out tests against them (vitest.scale.config.ts), and stops both at the
# end, also when a test fails or the run is interrupted.
set -euo pipefail
cd "$(dirname "$0")/.."

for tool in redis-server redis-cli; do
  command -v "$tool" >/dev/null || { echo "test:scale: $tool is missing: apt-get install -y --no-install-recommends redis-server postgresql" >&2; exit 1; }
done

servers=$(mktemp -d "${TMPDIR:-/tmp}/dossier-scale-XXXXXX")
cleanup() {
  bash scripts/scale-servers.sh stop "$servers"
  rm -rf "$servers"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

npm run build --silent
bash scripts/scale-servers.sh start "$servers"
source "$servers/env"
DOSSIER_TEST_REDIS=$REDIS_URL DOSSIER_TEST_PG=$PG_URL DOSSIER_TEST_SERVERS=$servers \
  npx vitest run --config vitest.scale.config.ts "$@"
