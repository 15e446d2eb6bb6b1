#!/usr/bin/env bash
# Start a throwaway PostgreSQL server on loopback for the data-layer tests, and print the URL to use.
# Usage: eval "$(bash .ci/postgres.sh)"   → exports QUIZAPP_TEST_PG_URL (and QUIZAPP_TEST_PG_DIR for stopping:
#        runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$QUIZAPP_TEST_PG_DIR/data" stop -m fast)
# Installs the postgresql package when missing (needs root). Listens on 127.0.0.1 only, trust auth.
set -euo pipefail
PORT="${QUIZAPP_TEST_PG_PORT:-5433}"
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "installing postgresql" >&2
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >&2
  else
    echo "postgresql is not installed and cannot be installed here" >&2
    exit 1
  fi
fi
PG_BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n1)"
DIR="$(mktemp -d /tmp/quizapp-pg.XXXXXX)"
if [ "$(id -u)" = 0 ]; then
  chown postgres:postgres "$DIR"
  as_pg=(runuser -u postgres --)
else
  as_pg=()
fi
"${as_pg[@]}" "$PG_BIN/initdb" -D "$DIR/data" -U postgres -A trust --encoding=UTF8 --locale=C.UTF-8 >"$DIR/initdb.log" 2>&1 \
  || { cat "$DIR/initdb.log" >&2; exit 1; }
"${as_pg[@]}" "$PG_BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 30 \
  -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off" start >&2 \
  || { cat "$DIR/server.log" >&2; exit 1; }
echo "export QUIZAPP_TEST_PG_URL=postgresql+psycopg://postgres@127.0.0.1:$PORT/postgres"
echo "export QUIZAPP_TEST_PG_DIR=$DIR"
echo "export PG_BIN=$PG_BIN"
