#!/usr/bin/env bash
# How the embedded store's files grow under sustained unblocks: the server on a fresh SQLite file
# (10,000 blocked users by default), wrk unblocking them round and round at 32 connections for the
# whole run, and every 10 s the size of the database file and of its write-ahead log beside the
# number of audit events written. At the end, after the server stopped: the file's pages in use
# (page_count - freelist_count, from the sqlite3 shell when it is installed), which is the live
# data the file holds, and the ratio of the file to it.
#
# Usage, from the repository root:
#   src/bench/file-growth.sh [--seconds N] [--sync full|normal] [--users N] [--skip-build] [--out DIR]
# Writes DIR/growth.tsv and DIR/summary.txt (DIR defaults to target/file-growth). Needs Java 17+,
# Maven (unless --skip-build), wrk and curl; sqlite3 for the live-data figure.
set -euo pipefail

SECONDS_TO_RUN=300
SYNC=full
USERS=10000
BUILD=1
OUT=target/file-growth
JAVA=${JAVA:-java}

die() { echo "file-growth: $*" >&2; exit 2; }
log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
# shellcheck source=src/bench/lib/bench-common.sh
source "$(dirname "$0")/lib/bench-common.sh"

while [[ $# -gt 0 ]]; do
    case "$1" in
        --seconds) SECONDS_TO_RUN=${2:?--seconds needs a value}; shift 2 ;;
        --sync) SYNC=${2:?--sync needs a value}; shift 2 ;;
        --users) USERS=${2:?--users needs a value}; shift 2 ;;
        --skip-build) BUILD=0; shift ;;
        --out) OUT=${2:?--out needs a value}; shift 2 ;;
        *) die "unknown option $1" ;;
    esac
done
cd "$(dirname "$0")/../.."
command -v wrk >/dev/null || die "wrk is needed (Debian: apt-get install wrk)"
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
TMP=$(mktemp -d "${TMPDIR:-/tmp}/file-growth.XXXXXX")
SERVER_PID=""
WRK_PID=""

cleanup() {
    local status=$?
    [[ -n $WRK_PID ]] && kill "$WRK_PID" 2>/dev/null || true
    if [[ -n $SERVER_PID ]]; then
        kill "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    rm -rf "$TMP"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

if [[ $BUILD == 1 ]]; then
    log "building (mvn -B -q -DskipTests package)"
    bench_build "$TMP"
fi
bench_copy_build "$TMP" dev/usersapi/bench

"$JAVA" -cp "$CP" dev.usersapi.bench.GenerateUsers --users "$USERS" --out "$TMP/users.json" \
    --numbered-ids --all-blocked --now 1700000000 >/dev/null
KEY="file-growth-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
PORT=$((20000 + RANDOM % 12000))
DB=$TMP/db/users.db

USERS_KEY_RATE_LIMIT=1000000 "$JAVA" -jar "$JAR" --port "$PORT" --database-url "jdbc:sqlite:$DB" \
    --database-sync "$SYNC" --seed "$TMP/users.json" --api-key "$KEY" >"$TMP/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 600); do
    code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/health/ready" || true)
    [[ $code == 200 ]] && break
    kill -0 "$SERVER_PID" 2>/dev/null || { cat "$TMP/server.log" >&2; die "the server did not start"; }
    sleep 0.2
done

bench_cycle_lua "$TMP/cycle.lua" "$KEY"

size_of() { stat -c %s "$1" 2>/dev/null || echo 0; }
events() {
    curl -s "http://127.0.0.1:$PORT/metrics" \
        | awk '/^users_unblock_outcomes_total/ { total += $2 } END { printf "%d\n", total }'
}

log "sqlite, synchronous=$SYNC, $USERS users: unblocks at -c32 for ${SECONDS_TO_RUN}s"
printf 'seconds\tdb_bytes\twal_bytes\tunblocks\n' >"$OUT/growth.tsv"
wrk -t1 -c32 -d"${SECONDS_TO_RUN}s" --timeout 10s -s "$TMP/cycle.lua" "http://127.0.0.1:$PORT/" \
    -- POST /unblock "$USERS" >"$TMP/wrk.txt" 2>&1 &
WRK_PID=$!
started=$SECONDS
max_wal=0
while kill -0 "$WRK_PID" 2>/dev/null; do
    sleep 10
    wal=$(size_of "$DB-wal")
    ((wal > max_wal)) && max_wal=$wal
    printf '%d\t%d\t%d\t%s\n' $((SECONDS - started)) "$(size_of "$DB")" "$wal" "$(events)" | tee -a "$OUT/growth.tsv"
done
wait "$WRK_PID" || true
WRK_PID=""
unblocks=$(events)
kill "$SERVER_PID"
wait "$SERVER_PID" || true
SERVER_PID=""

db_bytes=$(size_of "$DB")
wal_bytes=$(size_of "$DB-wal")
{
    echo "SQLite file growth, $(date -u +%Y-%m-%dT%H:%M:%SZ), commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
    echo "synchronous=$SYNC; $USERS users; unblocks at -c32 for ${SECONDS_TO_RUN}s: $unblocks answered"
    grep -E 'Requests/sec|Non-2xx|Socket errors' "$TMP/wrk.txt" || true
    echo "largest write-ahead log seen: $max_wal bytes"
    echo "after stop: database file $db_bytes bytes, write-ahead log $wal_bytes bytes"
    if command -v sqlite3 >/dev/null; then
        read -r pages free size events_rows < <(sqlite3 -separator ' ' "$DB" \
            'SELECT (SELECT page_count FROM pragma_page_count), (SELECT freelist_count FROM pragma_freelist_count),
                    (SELECT page_size FROM pragma_page_size), (SELECT count(*) FROM audit_events);')
        live=$(((pages - free) * size))
        echo "pages in use: $live bytes ($events_rows audit events); file / live data: $(awk -v f="$db_bytes" -v l="$live" 'BEGIN { printf "%.2f", f / l }')"
    else
        echo "sqlite3 is not installed: no live-data figure"
    fi
} | tee "$OUT/summary.txt"
