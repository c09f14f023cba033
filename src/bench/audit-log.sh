#!/usr/bin/env bash
# Audit log benchmark: GET /api/logs on a SQLite database holding many audit events (default
# 1,000,000), for the query shapes an operator uses, with what each matched beside its figures.
#
# Usage (from anywhere; it works in the repository root):
#   src/bench/audit-log.sh [--events N] [--connections C] [--duration S] [--out DIR] [--skip-build]
#
#   --events N        events to write (default 1000000): 10,000 users, one event every 2 s from
#                     2023-11-14 on; every 3rd a block by the system (user_account_blocked), every
#                     50th an IP unblock (user_account_ip_unblocked), the rest unblocks by a key
#   --connections C   wrk connections (default 4)
#   --duration S      seconds of each query's measurement (default 8), after a 4 s warm-up run
#   --out DIR         where results go (default target/bench/audit-log-YYYYmmdd-HHMMSS)
#   --skip-build      use the existing target/ (otherwise runs `mvn -B -q -DskipTests package`)
#
# The server first starts on a new SQLite file to create the schema and stops; the events are then
# written with the sqlite3 shell in one statement (a recursive CTE), as the server writes them
# (every column of schema version 7), and the server starts again on the file. Per shape: one curl
# for the status and the X-Pagination total, then `wrk -t1 -cC -dS --latency`, and the server's CPU
# time per request from /proc/PID/stat. Needs Java 17+, Maven (unless --skip-build), sqlite3, wrk,
# curl.
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=src/bench/lib/bench-common.sh
source src/bench/lib/bench-common.sh

EVENTS=1000000
CONNECTIONS=4
DURATION=8
OUT=""
BUILD=1
while [[ $# -gt 0 ]]; do
    case $1 in
        --events) EVENTS=${2:?--events needs a value}; shift 2 ;;
        --connections) CONNECTIONS=${2:?--connections needs a value}; shift 2 ;;
        --duration) DURATION=${2:?--duration needs a value}; shift 2 ;;
        --out) OUT=${2:?--out needs a value}; shift 2 ;;
        --skip-build) BUILD=0; shift ;;
        *) echo "audit-log: unknown option $1" >&2; exit 2 ;;
    esac
done
OUT=${OUT:-target/bench/audit-log-$(date +%Y%m%d-%H%M%S)}
JAVA=${JAVA:-java}
KEY=audit-log-bench-key

log() { echo "[$(date +%H:%M:%S)] $*" >&2; }
die() { echo "audit-log: $*" >&2; exit 1; }
for tool in sqlite3 wrk curl; do command -v "$tool" >/dev/null || die "$tool is needed"; done

TMP=$(mktemp -d)
SERVER=""
cleanup() {
    [[ -n $SERVER ]] && bench_stop "$SERVER"
    rm -rf "$TMP"
}
trap cleanup EXIT
mkdir -p "$OUT"
if [[ $BUILD == 1 ]]; then
    log "building (mvn -B -q -DskipTests package)"
    bench_build "$TMP"
fi
cp target/users-api-server.jar "$TMP/server.jar"
DB="$TMP/log.db"

# Starts the server on the database; sets SERVER and BASE once it answers.
start_server() {
    local port
    port=$(bench_free_port)
    "$JAVA" -jar "$TMP/server.jar" --port "$port" --api-key "$KEY" --key-rate-limit 0 \
        --database-url "jdbc:sqlite:$DB" >"$TMP/server.log" 2>&1 &
    SERVER=$!
    BASE="http://127.0.0.1:$port"
    for _ in $(seq 1 120); do
        curl -sf -o /dev/null "$BASE/health/ready" && return
        sleep 0.5
    done
    die "the server did not start; see $TMP/server.log"
}

log "creating the schema"
start_server
bench_stop "$SERVER"
SERVER=""

log "writing $EVENTS events"
started=$EPOCHREALTIME
sqlite3 "$DB" "
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < $EVENTS - 1)
INSERT INTO audit_events (event_id, type, user_id, actor_key_id, request_id, occurred_at,
                          previous_block_until, previous_failure_count, outcome, ip_address, ip_count,
                          process_id, local_ip, remote_ip, user_agent)
SELECT printf('%08x-0000-7000-8000-%012x', 1700000000 + i * 2, i),
       CASE WHEN i % 50 = 0 THEN 'user_account_ip_unblocked'
            WHEN i % 3 = 0 THEN 'user_account_blocked' ELSE 'user_account_unblocked' END,
       printf('u%05d', i % 10000),
       CASE WHEN i % 3 = 0 AND i % 50 <> 0 THEN NULL ELSE 'support-desk' END,
       CASE WHEN i % 3 = 0 AND i % 50 <> 0 THEN NULL ELSE printf('r%d', i) END,
       1700000000 + i * 2, NULL, i % 6,
       CASE WHEN i % 3 = 0 AND i % 50 <> 0 THEN 'blocked' ELSE 'cleared' END,
       CASE WHEN i % 50 = 0 THEN '203.0.113.7' END, NULL, 4711, '10.0.0.5', '10.0.0.17', 'bench/1'
  FROM n;"
log "written in $(awk -v a="$started" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }') s"

start_server
TICK=$(getconf CLK_TCK)
{
    echo "Audit log listing, $EVENTS events on SQLite, $(date -u +%Y-%m-%dT%H:%M:%SZ), commit $(git rev-parse --short HEAD)"
    echo "Machine: $(nproc) cores; wrk -t1 -c$CONNECTIONS -d${DURATION}s; load before: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo
    printf '%-22s | %8s | %9s | %8s | %8s | %14s\n' shape matched "req/s" "p50 ms" "p99 ms" "server CPU/req"
} >"$OUT/results.txt"
measure() {
    local name=$1 query=$2 matched before after counts
    matched=$(curl -s -o /dev/null -D - -H "X-API-KEY: $KEY" "$BASE/api/logs$query" |
        tr -d '\r' | sed -n 's/^[Xx]-[Pp]agination: .*"total_count":\([0-9]*\).*/\1/p')
    wrk -t1 -c"$CONNECTIONS" -d4s -H "X-API-KEY: $KEY" "$BASE/api/logs$query" >/dev/null
    before=$(bench_cpu_ticks "$SERVER")
    wrk -t1 -c"$CONNECTIONS" -d"${DURATION}s" --latency -H "X-API-KEY: $KEY" "$BASE/api/logs$query" >"$TMP/$name.wrk"
    after=$(bench_cpu_ticks "$SERVER")
    read -r -a counts < <(bench_parse_wrk "$TMP/$name.wrk")
    printf '%-22s | %8s | %9s | %8s | %8s | %11.2f ms\n' "$name" "$matched" "${counts[1]}" "${counts[2]}" \
        "${counts[3]}" "$(awk -v t=$((after - before)) -v k="$TICK" -v n="${counts[0]}" 'BEGIN { print t / k * 1000 / n }')" \
        >>"$OUT/results.txt"
    log "$name done"
}
measure newest ""
measure oldest "?sort=time_stamp:1"
measure one-user "?filter=user_id:u05000"
measure one-hour "?filter=time_stamp:%3E%3D1701000000%20AND%20time_stamp:%3C1701003600"
measure rare-code "?filter=code:user_account_ip_unblocked"
measure user-and-code "?filter=user_id:u05001%20AND%20code:user_account_unblocked"
measure page-1000-of-100 "?page=1000&size=100"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" >>"$OUT/results.txt"
cat "$OUT/results.txt"
