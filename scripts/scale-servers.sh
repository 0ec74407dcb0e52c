#!/usr/bin/env bash
# Real Redis and PostgreSQL servers for the scale-out tests and benchmark, from Debian's packages
# (apt-get install -y --no-install-recommends redis-server postgresql): on 127.0.0.1, on free
# ports, in a temporary folder, started and stopped by this script.
#
#   scripts/scale-servers.sh run COMMAND...  both in a new temporary folder around COMMAND, which
#       gets DOSSIER_TEST_REDIS, DOSSIER_TEST_PG and DOSSIER_TEST_SERVERS (the folder); both are
#       stopped and the folder removed at the end, also when COMMAND fails or is interrupted
#       (npm run test:scale and npm run bench:scale use this)
#   scripts/scale-servers.sh start DIR      start both; writes DIR/env (REDIS_URL, PG_URL, ...)
#   scripts/scale-servers.sh stop DIR       stop both (also after a failure; never fails itself)
#   scripts/scale-servers.sh restart-redis DIR | restart-postgres DIR
#
# Redis keeps its data across a restart (append-only file, fsync at every write), as a queue in
# production must. PostgreSQL's initdb refuses to run as root, so as root its commands run as the
# `postgres` user (runuser); as any other user they run as that user.
set -euo pipefail

command=${1:?usage: scale-servers.sh run COMMAND... | start|stop|restart-redis|restart-postgres DIR}

if [[ $command == run ]]; then
  shift
  for tool in redis-server redis-cli; do
    command -v "$tool" >/dev/null || { echo "scale-servers: $tool is missing: apt-get install -y --no-install-recommends redis-server postgresql" >&2; exit 1; }
  done
  servers=$(mktemp -d "${TMPDIR:-/tmp}/dossier-scale-XXXXXX")
  trap 'bash "$0" stop "$servers"; rm -rf "$servers"' EXIT
  trap 'exit 130' INT TERM
  bash "$0" start "$servers"
  source "$servers/env"
  DOSSIER_TEST_REDIS=$REDIS_URL DOSSIER_TEST_PG=$PG_URL DOSSIER_TEST_SERVERS=$servers "$@"
  exit
fi

dir=${2:?give the folder for the servers\' data}

pg_bin() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [[ -n $bin ]] || { echo "scale-servers: PostgreSQL is not installed (apt-get install postgresql)" >&2; exit 1; }
  echo "$bin"
}

as_pg() {
  if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
  node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
}

start_redis() {
  redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --daemonize yes --dir "$dir/redis" \
    --pidfile "$dir/redis/redis.pid" --logfile "$dir/redis/redis.log" \
    --save '' --appendonly yes --appendfsync always --maxmemory-policy noeviction
  for _ in $(seq 50); do redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1 && return; sleep 0.1; done
  echo "scale-servers: redis-server did not start (see $dir/redis/redis.log)" >&2
  exit 1
}

start_postgres() {
  as_pg "$(pg_bin)/pg_ctl" -D "$dir/pg/data" -l "$dir/pg/pg.log" -w -o \
    "-p $PG_PORT -k $dir/pg -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null
}

stop_redis() {
  redis-cli -p "$REDIS_PORT" shutdown >/dev/null 2>&1 || true
  for _ in $(seq 50); do [[ -e $dir/redis/redis.pid ]] || return 0; sleep 0.1; done
}

stop_postgres() {
  as_pg "$(pg_bin)/pg_ctl" -D "$dir/pg/data" -m fast -w stop >/dev/null 2>&1 || true
}

case $command in
  start)
    mkdir -p "$dir/redis" "$dir/pg"
    # the postgres user must reach its folder inside DIR
    if [[ $(id -u) -eq 0 ]]; then chmod 755 "$dir"; fi
    if [[ $(id -u) -eq 0 ]]; then chown postgres:postgres "$dir/pg"; fi
    REDIS_PORT=$(free_port)
    PG_PORT=$(free_port)
    cat >"$dir/env" <<ENV
REDIS_PORT=$REDIS_PORT
PG_PORT=$PG_PORT
REDIS_URL=redis://127.0.0.1:$REDIS_PORT
PG_URL=postgres://postgres@127.0.0.1:$PG_PORT/postgres
ENV
    start_redis
    as_pg "$(pg_bin)/initdb" -D "$dir/pg/data" -U postgres -A trust -E UTF8 --no-locale >/dev/null
    start_postgres
    ;;
  stop)
    [[ -f $dir/env ]] || exit 0
    source "$dir/env"
    stop_redis
    stop_postgres
    ;;
  restart-redis)
    source "$dir/env"
    stop_redis
    start_redis
    ;;
  restart-postgres)
    source "$dir/env"
    stop_postgres
    start_postgres
    ;;
  *)
    echo "scale-servers: unknown command '$command'" >&2
    exit 2
    ;;
esac
