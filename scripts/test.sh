#!/usr/bin/env bash
# The one test command (`npm test`, also run by .ci/run). On a fresh Debian machine it installs what
# the suites need (PostgreSQL server, Chromium), starts a throw-away PostgreSQL cluster on loopback,
# and runs: typecheck, lint, every API/unit suite on the embedded database and on the server, then
# the browser suite in Chromium. A suite that cannot run fails the whole command; nothing is skipped.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

install_missing() {
  local packages=()
  compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || packages+=(postgresql)
  [ -x /usr/bin/chromium ] || packages+=(chromium)
  [ ${#packages[@]} -eq 0 ] && return 0
  step "installing ${packages[*]} (apt)"
  local sudo=''
  [ "$(id -u)" -eq 0 ] || sudo='sudo'
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
  # Debian starts a cluster of its own on install; the suites use a private one instead.
  $sudo service postgresql stop >/dev/null 2>&1 || true
}

PG_DIR=''
stop_postgres() {
  if [ -n "$PG_DIR" ] && [ -d "$PG_DIR" ]; then
    as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$PG_DIR"
  fi
}
trap stop_postgres EXIT

as_pg() {
  # PostgreSQL refuses to run as root; as root, run it as the postgres user.
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start_postgres() {
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  PG_DIR=$(mktemp -d /tmp/rapport-pg.XXXXXX)
  PG_PORT=$((20000 + RANDOM % 20000))
  [ "$(id -u)" -eq 0 ] && chown postgres "$PG_DIR"
  as_pg "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres -A trust --no-sync >/dev/null
  as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w -o \
    "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
    start >/dev/null
  export RAPPORT_TEST_PG_URL="postgres://postgres@127.0.0.1:$PG_PORT/postgres"
  echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT"
}

install_missing
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  step 'npm ci'
  npm ci --no-audit --no-fund
fi

step 'typecheck'
npm run --silent typecheck
step 'lint'
npm run --silent lint

step 'PostgreSQL server (throw-away cluster)'
start_postgres

export CI="${CI:-1}"
step 'API and unit suites on the embedded database (PGlite)'
RAPPORT_TEST_DB=pglite npx vitest run
step 'API and unit suites on the PostgreSQL server'
RAPPORT_TEST_DB=postgres npx vitest run

step 'browser suite (Chromium)'
npm run --silent build
npx vitest run --config vitest.browser.config.ts

step 'all suites passed'
