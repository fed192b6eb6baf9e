#!/usr/bin/env bash
# Stop the throwaway PostgreSQL cluster that scripts/ensure-postgres.sh started, if any.
# Never touches any other server. With --clean, also deletes the cluster's files.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PGTMP="${DIBAO_PGTMP:-$ROOT/.pgtmp}"
CLEAN=0
[ "${1:-}" = "--clean" ] && CLEAN=1

[ -d "$PGTMP" ] || exit 0
RUN_DIR="$PGTMP"
if [ -f "$PGTMP/run-dir" ]; then
  RUN_DIR="$(cat "$PGTMP/run-dir")"
fi
DATA="$RUN_DIR/data"

if [ -f "$DATA/postmaster.pid" ]; then
  pg_ctl=""
  if command -v pg_ctl >/dev/null 2>&1; then
    pg_ctl="$(command -v pg_ctl)"
  else
    version="$(cat "$DATA/PG_VERSION" 2>/dev/null || true)"
    for candidate in "/usr/lib/postgresql/$version/bin/pg_ctl" /usr/lib/postgresql/*/bin/pg_ctl; do
      if [ -x "$candidate" ]; then
        pg_ctl="$candidate"
        break
      fi
    done
  fi
  if [ -z "$pg_ctl" ]; then
    echo "stop-postgres: no pg_ctl to stop the cluster in $DATA" >&2
    exit 1
  fi
  owner="$(stat -c %U "$DATA")"
  if [ "$(id -u)" = 0 ] && [ "$owner" != root ]; then
    if command -v runuser >/dev/null 2>&1; then
      runuser -u "$owner" -- "$pg_ctl" -D "$DATA" -m fast -w stop >/dev/null 2>&1 || true
    else
      su -s /bin/sh "$owner" -c "$(printf '%q ' "$pg_ctl" -D "$DATA" -m fast -w stop)" >/dev/null 2>&1 || true
    fi
  else
    "$pg_ctl" -D "$DATA" -m fast -w stop >/dev/null 2>&1 || true
  fi
  if [ -f "$DATA/postmaster.pid" ] && kill -0 "$(head -n 1 "$DATA/postmaster.pid")" 2>/dev/null; then
    echo "stop-postgres: the cluster in $DATA is still running" >&2
    exit 1
  fi
  echo "stop-postgres: stopped the throwaway PostgreSQL in $RUN_DIR" >&2
fi
rm -f "$PGTMP/port"

if [ "$CLEAN" = 1 ]; then
  [ "$RUN_DIR" != "$PGTMP" ] && rm -rf "$RUN_DIR"
  rm -rf "$PGTMP"
fi
