#!/usr/bin/env bash
# npm run bench:scale: starts Redis and PostgreSQL as npm run test:scale does, runs
# bench/queue-scale.ts (1 vs 2 workers) and stops the servers at the end, also on failure.
set -euo pipefail
cd "$(dirname "$0")/.."
servers=$(mktemp -d "${TMPDIR:-/tmp}/dossier-bench-scale-XXXXXX")
cleanup() {
  bash scripts/scale-servers.sh stop "$servers"
  rm -rf "$servers"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
npm run build --silent
bash scripts/scale-servers.sh start "$servers"
source "$servers/env"
REDIS_URL=$REDIS_URL PG_URL=$PG_URL node dist/bench/queue-scale.js "$@"
