#!/usr/bin/env bash
# Make sure a PostgreSQL server answers for the test suite.
#
#   eval "$(scripts/ensure-postgres.sh)"
#
# When DIBAO_TEST_DATABASE_URL (default postgresql://postgres@127.0.0.1:5432/postgres)
# answers, prints nothing and exits 0. Otherwise starts (or reuses) a throwaway cluster
# under .pgtmp/ — trust auth, 127.0.0.1 only, on a free port from 55432 up, unix socket
# in the same directory — and prints `export DIBAO_TEST_DATABASE_URL=...` for it.
# When no server answers and none can be started, explains why on stderr and exits 1.
# scripts/stop-postgres.sh stops the throwaway cluster.
#
# Settings: DIBAO_PGTMP (cluster directory, default <repo>/.pgtmp),
#           DIBAO_PGTMP_PORT (first port tried, default 55432).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
URL="${DIBAO_TEST_DATABASE_URL:-postgresql://postgres@127.0.0.1:5432/postgres}"
PGTMP="${DIBAO_PGTMP:-$ROOT/.pgtmp}"
FIRST_PORT="${DIBAO_PGTMP_PORT:-55432}"

say() { printf 'ensure-postgres: %s\n' "$*" >&2; }

python_bin() {
  if [ -x "$ROOT/.venv/bin/python" ]; then
    echo "$ROOT/.venv/bin/python"
  else
    command -v python3 || true
  fi
}

# answers URL: does a PostgreSQL server respond there? (An authentication error still
# counts: the server is up, and the test suite reports the credentials problem itself.)
answers() {
  local url="$1"
  if command -v pg_isready >/dev/null 2>&1; then
    pg_isready -q -t 3 -d "$url" >/dev/null 2>&1
    return
  fi
  local py
  py="$(python_bin)"
  [ -n "$py" ] || return 1
  "$py" - "$url" >/dev/null 2>&1 <<'PY'
import asyncio, sys
import asyncpg

async def ping(url):
    try:
        conn = await asyncpg.connect(url, timeout=3)
    except asyncpg.PostgresError:
        return True  # the server answered, if only to refuse
    await conn.close()
    return True

try:
    sys.exit(0 if asyncio.run(asyncio.wait_for(ping(sys.argv[1]), 5)) else 1)
except Exception:
    sys.exit(1)
PY
}

throwaway_url() { echo "postgresql://postgres@127.0.0.1:$1/postgres"; }

# 1. The configured server answers: nothing to do.
if answers "$URL"; then
  exit 0
fi

mkdir -p "$PGTMP"
# One caller at a time sets up the cluster (parallel `make test` runs share it).
exec 9>"$PGTMP/.lock"
if command -v flock >/dev/null 2>&1; then
  if ! flock -w 120 9; then
    say "another caller holds $PGTMP/.lock"
    exit 1
  fi
fi

# The cluster may live outside .pgtmp when the unprivileged user cannot reach the repo.
RUN_DIR="$PGTMP"
if [ -f "$PGTMP/run-dir" ]; then
  RUN_DIR="$(cat "$PGTMP/run-dir")"
fi

# 2. A throwaway cluster from an earlier call still runs: reuse it.
if [ -f "$PGTMP/port" ]; then
  port="$(cat "$PGTMP/port")"
  if answers "$(throwaway_url "$port")"; then
    echo "export DIBAO_TEST_DATABASE_URL=$(throwaway_url "$port")"
    exit 0
  fi
fi

# 3. Find initdb and pg_ctl (on PATH, or Debian's /usr/lib/postgresql/<version>/bin).
BINDIR=""
if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
  BINDIR="$(dirname "$(readlink -f "$(command -v initdb)")")"
  [ -x "$BINDIR/pg_ctl" ] || BINDIR="$(dirname "$(readlink -f "$(command -v pg_ctl)")")"
else
  for dir in $(printf '%s\n' /usr/lib/postgresql/*/bin | sort -V -r); do
    if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then
      BINDIR="$dir"
      break
    fi
  done
fi
if [ -z "$BINDIR" ] || [ ! -x "$BINDIR/initdb" ] || [ ! -x "$BINDIR/pg_ctl" ]; then
  echo "no PostgreSQL answers at $URL, and no initdb/pg_ctl to start one: install PostgreSQL 15 or set DIBAO_TEST_DATABASE_URL" >&2
  exit 1
fi

# 4. PostgreSQL refuses to run as root: run it as an unprivileged user.
RUN_AS=""
if [ "$(id -u)" = 0 ]; then
  if id postgres >/dev/null 2>&1; then
    RUN_AS=postgres
  elif id nobody >/dev/null 2>&1; then
    RUN_AS=nobody
  else
    echo "no PostgreSQL answers at $URL, and running as root with neither a 'postgres' nor a 'nobody' user to run a throwaway cluster: set DIBAO_TEST_DATABASE_URL" >&2
    exit 1
  fi
fi

as_user() {
  if [ -z "$RUN_AS" ]; then
    "$@"
  elif command -v runuser >/dev/null 2>&1; then
    runuser -u "$RUN_AS" -- "$@"
  else
    local quoted
    quoted="$(printf '%q ' "$@")"
    su -s /bin/sh "$RUN_AS" -c "$quoted"
  fi
}

if [ -n "$RUN_AS" ]; then
  chown "$RUN_AS:" "$PGTMP"
  if ! as_user test -w "$PGTMP"; then
    # The user cannot reach the repository (say, it lives under /root): keep the
    # cluster in a directory of its own and remember where.
    if [ "$RUN_DIR" = "$PGTMP" ] || [ ! -d "$RUN_DIR" ]; then
      RUN_DIR="$(mktemp -d "${TMPDIR:-/tmp}/dibao-pgtmp.XXXXXX")"
      echo "$RUN_DIR" >"$PGTMP/run-dir"
    fi
    chown "$RUN_AS:" "$RUN_DIR"
    chmod 700 "$RUN_DIR"
  fi
fi
DATA="$RUN_DIR/data"

# 5. A free port (nothing accepts TCP connections on it).
port_taken() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
port="$FIRST_PORT"
while port_taken "$port"; do
  port=$((port + 1))
  if [ "$port" -ge $((FIRST_PORT + 50)) ]; then
    say "no free port in $FIRST_PORT-$port"
    exit 1
  fi
done

# 6. Create the cluster once; later runs reuse it.
if [ ! -f "$DATA/PG_VERSION" ]; then
  rm -rf "$DATA"
  locale_args=(--no-locale)
  if locale -a 2>/dev/null | grep -qix 'c\.utf-\?8'; then
    locale_args=(--locale=C.UTF-8)
  fi
  if ! as_user "$BINDIR/initdb" -D "$DATA" -U postgres -A trust -E UTF8 "${locale_args[@]}" --no-sync \
      >"$RUN_DIR/initdb.log" 2>&1 9>&-; then
    say "initdb failed; see $RUN_DIR/initdb.log"
    cat "$RUN_DIR/initdb.log" >&2
    exit 1
  fi
  echo "include_if_exists = 'throwaway.conf'" | as_user tee -a "$DATA/postgresql.conf" >/dev/null
fi

# The socket path must fit in sockaddr_un (107 bytes); past that, TCP only.
socket_dir="$RUN_DIR"
if [ "${#socket_dir}" -gt 90 ]; then
  socket_dir=""
fi
as_user tee "$DATA/throwaway.conf" >/dev/null <<CONF
# Written by scripts/ensure-postgres.sh: a disposable server for the test suite.
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$socket_dir'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 200
CONF

if ! as_user "$BINDIR/pg_ctl" -D "$DATA" -l "$RUN_DIR/postgres.log" -w -t 60 start >/dev/null 2>&1 9>&-; then
  say "the throwaway cluster in $RUN_DIR did not start; see $RUN_DIR/postgres.log"
  tail -n 20 "$RUN_DIR/postgres.log" >&2 || true
  exit 1
fi

# 7. Wait until it accepts connections on the URL the tests will use.
url="$(throwaway_url "$port")"
for _ in $(seq 1 60); do
  if answers "$url"; then
    echo "$port" >"$PGTMP/port"
    echo "export DIBAO_TEST_DATABASE_URL=$url"
    exit 0
  fi
  sleep 0.5
done
say "the throwaway cluster in $RUN_DIR started but does not answer at $url; see $RUN_DIR/postgres.log"
exit 1
