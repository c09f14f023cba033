#!/usr/bin/env bash
# Listing benchmark: GET /api/users?page=&size=&sort=&filter= on many users (default 1,000,000), on
# each store, for the query shapes an operator uses, with what each shape matched beside its figures.
#
# Usage (from anywhere; it works in the repository root):
#   src/bench/listing.sh [--users N] [--engines LIST] [--connections C] [--duration S] [--warmup S]
#                        [--out DIR] [--skip-build] [--keep]
#
#   --users N          users to generate (default 1000000), once, with dev.usersapi.bench.GenerateUsers
#                      and seed 42: 5 % blocked now, 3 % with an expired block, 10 % with 1-4 failures
#   --engines LIST     comma-separated, measured in this order (default sqlite,postgresql):
#                        sqlite      `import` into a new SQLite file database, then the server on it
#                        postgresql  `import` into a PostgreSQL the script starts (BenchPostgres, durable:
#                                    fsync and synchronous_commit on), VACUUM (ANALYZE) with psql as
#                                    autovacuum would do minutes later (skipped, with a note, without
#                                    psql), then the server on it
#                        memory      the server with --store memory --seed FILE (the seed is its import)
#   --connections C    wrk connections (default 4)
#   --duration S       seconds of each query's measurement (default 10)
#   --warmup S         JIT warm-up per engine, in seconds (default 30): one wrk run that cycles through
#                      all the query shapes, so that each gets compiled before any is measured
#   --out DIR          where results go (default target/bench/listing-YYYYmmdd-HHMMSS)
#   --skip-build       use the existing target/ (otherwise runs `mvn -B -q -DskipTests package`)
#   --keep             keep the temporary directory (users file, databases, server logs, wrk reports)
#
# Per engine: import the users (timed, wall clock), start the server (--api-key, throttles set to
# 1,000,000 so that they never refuse), check that GET /api/users?size=1 answers 200 with an
# X-Pagination whose total_count is N, warm up, then per query shape one curl (its status and the
# total_count of its X-Pagination: how many users the query matched) and
# `wrk -t1 -cC -dS --latency --timeout 30s` with X-API-KEY and Accept: application/json. Per shape it
# records requests/s, p50 and p99, errors (non-2xx responses plus socket errors, timeouts included),
# the server's CPU time per request (/proc/PID/stat) and, on PostgreSQL, PostgreSQL's. Between
# shapes it waits until the server (and PostgreSQL) are idle, so that requests wrk abandoned at the
# end of one run do not bill the next.
#
# The query shapes (filter and sort values URL-encoded; "the user" is the one in the middle of the
# users file, number N/2):
#   newest                 /api/users                                   (creation_time:-1, size 10, all N)
#   blocked-now            filter=block_until:>now&sort=block_until:-1
#   blocked-most-failures  filter=block_until:>now&sort=failure_count:-1&size=100
#   failures-3-plus        filter=failure_count:>=3
#   by-email               filter=email:"<the user's address>"
#   by-id                  filter=user_id:"<the user's id>"
#   deep-page              page=1000&size=100                           (past the end below 100,000 users)
#   unindexed-sort         sort=last_activity:-1                        (sorts every user)
#   get-user               GET /api/users/<the user's id>               (a single-row read, for reference)
# The matched counts are checked against the users file: N where nothing is filtered, 1 by address
# and by id, failure_count >= 3 and block_until > now counted in the file; a difference fails the run.
#
# Output in DIR: results.txt (conditions, table, legend), results.tsv (one row per engine and
# shape), progress.log, logs/ (each server's log without its access lines, the wrk reports).
# Temporary paths are written as $TMP, the output directory as $OUT, the repository as $REPO.
# Exit status 1 when a query answered other than 200, had errors or matched a wrong count, or a
# server failed or logged an ERROR (the table is written all the same); 2 for a usage or set-up
# problem. Responses cut off because wrk closed its connections at the end of a run, which the
# server logs as ERROR, are counted apart and do not fail the run.
#
# wrk runs on the same machine with one thread: on few cores client and server share the CPU, so
# compare shapes and engines measured in one run rather than absolute figures. With 1,000,000 users
# expect ~1.7 GB for the users file and as much again per database, and a long import per engine.
# Needs Java 17+, Maven (unless --skip-build), wrk, curl; psql for the VACUUM. Environment: JAVA
# (default java), JAVA_OPTS (added to every server's JVM options), PSQL (default psql).
set -euo pipefail

ALL_ENGINES="sqlite,postgresql,memory"
USERS=1000000
ENGINES="sqlite,postgresql"
CONNECTIONS=4
DURATION=10
WARMUP=30
OUT=""
BUILD=1
KEEP=0
SEED=42
WRK_TIMEOUT=30
JAVA=${JAVA:-java}
read -r -a JAVA_OPTS_ARRAY <<<"${JAVA_OPTS:-}"

die() { echo "listing: $*" >&2; exit 2; }
# shellcheck source=src/bench/lib/bench-common.sh
source "$(dirname "$0")/lib/bench-common.sh"

while [[ $# -gt 0 ]]; do
    case "$1" in
        --users) USERS=${2:?--users needs a value}; shift 2 ;;
        --engines) ENGINES=${2:?--engines needs a value}; shift 2 ;;
        --connections) CONNECTIONS=${2:?--connections needs a value}; shift 2 ;;
        --duration) DURATION=${2:?--duration needs a value}; shift 2 ;;
        --warmup) WARMUP=${2:?--warmup needs a value}; shift 2 ;;
        --out) OUT=${2:?--out needs a value}; shift 2 ;;
        --skip-build) BUILD=0; shift ;;
        --keep) KEEP=1; shift ;;
        -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) die "unknown option $1 (see --help)" ;;
    esac
done
[[ $USERS =~ ^[0-9]+$ && $USERS -ge 1 && $USERS -le 10000000 ]] || die "--users must be 1 to 10000000, not '$USERS'"
[[ $CONNECTIONS =~ ^[0-9]+$ && $CONNECTIONS -ge 1 && $CONNECTIONS -le 1000 ]] \
    || die "--connections must be 1 to 1000, not '$CONNECTIONS'"
[[ $DURATION =~ ^[0-9]+$ && $DURATION -ge 1 ]] || die "--duration must be at least 1 second, not '$DURATION'"
[[ $WARMUP =~ ^[0-9]+$ ]] || die "--warmup must be a whole number of seconds, not '$WARMUP'"
IFS=, read -r -a ENGINE_LIST <<<"$ENGINES"
[[ ${#ENGINE_LIST[@]} -gt 0 ]] || die "--engines names no engine"
for engine in "${ENGINE_LIST[@]}"; do
    [[ ,$ALL_ENGINES, == *,"$engine",* ]] || die "unknown engine '$engine' in --engines (one of $ALL_ENGINES)"
done
for tool in wrk curl "$JAVA"; do
    command -v "$tool" >/dev/null || die "$tool is needed (wrk and curl are Debian packages of those names)"
done
[[ $BUILD == 0 ]] || command -v mvn >/dev/null || die "mvn is needed to build (or give --skip-build)"

CALLER_DIR=$(pwd)
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
REPO=$(pwd)
STAMP=$(date +%Y%m%d-%H%M%S)
if [[ -z $OUT ]]; then
    OUT=$REPO/target/bench/listing-$STAMP
elif [[ $OUT != /* ]]; then
    OUT=$CALLER_DIR/$OUT
fi
mkdir -p "$OUT/logs"
OUT=$(cd "$OUT" && pwd)
: >"$OUT/progress.log"

TMP=$(mktemp -d "${TMPDIR:-/tmp}/listing.XXXXXX")
SERVER_PID=""
SERVER_PORT=""
CHILD_PID=""   # the wrk or import running in the background, for the trap to end

stop_server() {
    [[ -n $SERVER_PID ]] || return 0
    bench_stop "$SERVER_PID"
    SERVER_PID=""
}

cleanup() {
    local status=$?
    if [[ -n $CHILD_PID ]] && kill -0 "$CHILD_PID" 2>/dev/null; then
        kill "$CHILD_PID" 2>/dev/null || true
        wait "$CHILD_PID" 2>/dev/null || true
    fi
    stop_server
    bench_postgres_stop
    if [[ $KEEP == 1 ]]; then
        echo "kept $TMP" >&2
    else
        rm -rf "$TMP"
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# scrub: copies stdin to stdout with the temporary directory written as $TMP, the output directory
# as $OUT and the repository as $REPO, so that nothing this script writes names this machine's paths.
scrub() {
    awk -v tmp="$TMP" -v out="$OUT" -v repo="$REPO" '
        function swap(s, from, to,   out, i) {
            out = ""
            while ((i = index(s, from)) > 0) { out = out substr(s, 1, i - 1) to; s = substr(s, i + length(from)) }
            return out s
        }
        { print swap(swap(swap($0, tmp, "$TMP"), out, "$OUT"), repo, "$REPO") }'
}

log() {
    printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2
    printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" | scrub >>"$OUT/progress.log"
}

# --- build, classpath, users ----------------------------------------------------------------------
if [[ $BUILD == 1 ]]; then
    log "building (mvn -B -q -DskipTests package: the jar and the bench classes in target/test-classes)"
    bench_build "$TMP"
fi
bench_copy_build "$TMP" dev/usersapi/bench

USERS_FILE=$TMP/users.json
log "generating $USERS users (seed $SEED)"
gen_start=$(date +%s%N)
USERS_SUMMARY=$("$JAVA" -cp "$CP" dev.usersapi.bench.GenerateUsers --users "$USERS" --seed "$SEED" --out "$USERS_FILE")
gen_end=$(date +%s%N)
log "generated in $(( (gen_end - gen_start) / 1000000 )) ms: $USERS_SUMMARY"

# The user in the middle of the file: line 1 is "[", user n is on line n + 2.
MIDDLE=$((USERS / 2))
middle_line=$(sed -n "$((MIDDLE + 2)){p;q}" "$USERS_FILE")
PICK_ID=$(sed -n 's/^,\{0,1\}{"user_id":"\([^"]*\)".*/\1/p' <<<"$middle_line")
PICK_EMAIL=$(sed -n 's/.*"emails":\[{"id":"[^"]*","email":"\([^"]*\)".*/\1/p' <<<"$middle_line")
unset middle_line
[[ -n $PICK_ID && -n $PICK_EMAIL ]] || die "cannot read user $MIDDLE's user_id and email from the users file"
log "the user for by-email, by-id and get-user: number $MIDDLE, $PICK_ID, $PICK_EMAIL"

# What the file says the filters should match: failure_count >= 3 exactly; block_until > now is
# counted when the query runs (blocks run out meanwhile), from the list of the block ends.
{ grep -o -E '"(block_until|failure_count)":[0-9]+' "$USERS_FILE" || true; } \
    | awk -F: -v blocks="$TMP/block-ends.txt" '
        $1 == "\"failure_count\"" { if ($2 >= 3) failures++; next }
        { print $2 > blocks }
        END { print failures + 0 }' >"$TMP/failures-3-plus.txt"
touch "$TMP/block-ends.txt"
EXPECTED_FAILURES_3_PLUS=$(cat "$TMP/failures-3-plus.txt")

# blocked_after T: how many users of the file have block_until > T.
blocked_after() { awk -v t="$1" '$1 > t { n++ } END { print n + 0 }' "$TMP/block-ends.txt"; }

KEY="listing-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
CLOCK_TICKS=$(getconf CLK_TCK)

# --- the query shapes ------------------------------------------------------------------------------
# urlencode TEXT: every byte but the unreserved ones (RFC 3986) as %XX.
urlencode() {
    local LC_ALL=C text=$1 out="" c i
    for ((i = 0; i < ${#text}; i++)); do
        c=${text:i:1}
        case "$c" in
            [A-Za-z0-9._~-]) out+=$c ;;
            *) printf -v c '%%%02X' "'$c"; out+=$c ;;
        esac
    done
    printf '%s' "$out"
}

QUERY_NAMES=(newest blocked-now blocked-most-failures failures-3-plus by-email by-id deep-page unindexed-sort get-user)
declare -A QUERY_PATH=(
    [newest]="/api/users"
    [blocked-now]="/api/users?filter=$(urlencode 'block_until:>now')&sort=$(urlencode 'block_until:-1')"
    [blocked-most-failures]="/api/users?filter=$(urlencode 'block_until:>now')&sort=$(urlencode 'failure_count:-1')&size=100"
    [failures-3-plus]="/api/users?filter=$(urlencode 'failure_count:>=3')"
    [by-email]="/api/users?filter=$(urlencode "email:\"$PICK_EMAIL\"")"
    [by-id]="/api/users?filter=$(urlencode "user_id:\"$PICK_ID\"")"
    [deep-page]="/api/users?page=1000&size=100"
    [unindexed-sort]="/api/users?sort=$(urlencode 'last_activity:-1')"
    [get-user]="/api/users/$(urlencode "$PICK_ID")"
)
# What each shape must match: a number, "blocked" (counted from the file when it runs), or "-" (no
# listing, no X-Pagination).
declare -A QUERY_EXPECT=(
    [newest]=$USERS [blocked-now]=blocked [blocked-most-failures]=blocked
    [failures-3-plus]=$EXPECTED_FAILURES_3_PLUS [by-email]=1 [by-id]=1 [deep-page]=$USERS
    [unindexed-sort]=$USERS [get-user]=-
)

# The warm-up's wrk script: one request per call, cycling through every shape.
{
    echo "-- wrk ... -s mix.lua URL: cycles through the listing benchmark's query shapes"
    echo "local paths = {"
    for name in "${QUERY_NAMES[@]}"; do echo "    \"${QUERY_PATH[$name]}\","; done
    echo "}"
    cat <<EOF
local requests = {}
local next_index = 1

function init(args)
    local headers = { ["X-API-KEY"] = "$KEY", ["Accept"] = "application/json" }
    for i, path in ipairs(paths) do
        requests[i] = wrk.format("GET", path, headers, nil)
    end
end

function request()
    local r = requests[next_index]
    next_index = next_index % #requests + 1
    return r
end
EOF
} >"$TMP/mix.lua"

# --- measuring --------------------------------------------------------------------------------------
load1() { cut -d' ' -f1 /proc/loadavg; }
server_alive() { [[ -n $SERVER_PID ]] && kill -0 "$SERVER_PID" 2>/dev/null; }

# per_request TICKS REQUESTS: CPU microseconds per request, or "-".
per_request() {
    awk -v t="$1" -v hz="$CLOCK_TICKS" -v r="$2" 'BEGIN { if (r > 0) printf "%.1f", t / hz * 1e6 / r; else print "-" }'
}

# Moves the server's log aside without its access lines (one per request), and empties it. The
# server appends to it (>>), so the emptied file starts again at 0.
drain_log() {
    local name=$1 file=$TMP/$1.log
    [[ -f $file ]] || return 0
    awk '!($2 == "INFO" && $4 == "access")' "$file" | scrub >>"$OUT/logs/$name.log"
    : >"$file"
}

# run_wrk REPORT WRK_ARGS...: wrk in the background, so that the trap can end it.
run_wrk() {
    local report=$1 rc=0
    shift
    wrk -t1 -c"$CONNECTIONS" --latency --timeout "${WRK_TIMEOUT}s" "$@" >"$report" 2>&1 3>&- &
    CHILD_PID=$!
    wait "$CHILD_PID" || rc=$?
    CHILD_PID=""
    if [[ $rc != 0 ]] || ! grep -q 'requests in' "$report"; then
        cat "$report" >&2
        log "wrk failed (exit status $rc): wrk $*"
        return 1
    fi
}

# ask PATH: one GET with curl; sets ASK_CODE (the status) and ASK_TOTAL (X-Pagination's
# total_count, or "-" without one).
ask() {
    local path=$1 pagination=""
    rm -f "$TMP/ask.body" "$TMP/ask.headers"
    ASK_CODE=$(curl -s -o "$TMP/ask.body" -D "$TMP/ask.headers" -w '%{http_code}' --max-time 120 \
        -H "X-API-KEY: $KEY" -H 'Accept: application/json' "http://127.0.0.1:$SERVER_PORT$path" || true)
    [[ -f $TMP/ask.headers ]] && pagination=$(tr -d '\r' <"$TMP/ask.headers" | sed -n 's/^[Xx]-[Pp]agination: *//p')
    ASK_TOTAL=$(sed -n 's/.*"total_count":\([0-9]*\).*/\1/p' <<<"$pagination")
    ASK_TOTAL=${ASK_TOTAL:--}
}

# settle: waits (at most a minute) until the server, and PostgreSQL if running, use under 5 % of a
# core, so that requests wrk abandoned at the end of its run do not bill the next measurement.
settle() {
    local before after
    for _ in $(seq 1 120); do
        server_alive || return 0
        before=$(( $(bench_cpu_ticks "$SERVER_PID") + $(bench_postgres_ticks || true) + 0 ))
        sleep 0.5
        server_alive || return 0
        after=$(( $(bench_cpu_ticks "$SERVER_PID") + $(bench_postgres_ticks || true) + 0 ))
        (( (after - before) * 20 <= CLOCK_TICKS )) && return 0
    done
    log "$CURRENT: the server was still busy a minute after the last run"
}

# start_server ENGINE: starts it on a free port; waits until GET /api/users?size=1 answers 200 and
# checks that its X-Pagination counts all the users. Sets READY_SECONDS.
start_server() {
    local engine=$1 command=("$JAVA" "${JAVA_OPTS_ARRAY[@]}" -jar "$JAR")
    SERVER_PORT=$(bench_free_port)
    case "$engine" in
        sqlite) command+=(--database-url "jdbc:sqlite:$TMP/sqlite/users.db") ;;
        postgresql) command+=(--database-url "${PG_URL}listing" --database-user postgres) ;;
        memory) command+=(--store memory --seed "$USERS_FILE") ;;
    esac
    command+=(--port "$SERVER_PORT" --api-key "$KEY")
    : >"$TMP/$engine.log"
    local start code=""
    start=$(date +%s%N)
    env USERS_KEY_RATE_LIMIT=1000000 USERS_AUTH_FAILURE_LIMIT=1000000 "${command[@]}" >>"$TMP/$engine.log" 2>&1 3>&- &
    SERVER_PID=$!
    # Two minutes, and a second more per 2,000 users (the memory store loads them at start-up).
    for _ in $(seq 1 $((600 + USERS / 400))); do
        code=$(curl -s -o /dev/null -w '%{http_code}' -H "X-API-KEY: $KEY" -H 'Accept: application/json' \
            "http://127.0.0.1:$SERVER_PORT/api/users?size=1" || true)
        [[ $code == 200 ]] && break
        server_alive || break
        sleep 0.2
    done
    READY_SECONDS=$(awk -v ns=$(( $(date +%s%N) - start )) 'BEGIN { printf "%.1f", ns / 1e9 }')
    if [[ $code != 200 ]]; then
        tail -30 "$TMP/$engine.log" >&2
        log "$engine: the server did not start (last answer to GET /api/users?size=1: ${code:-none})"
        return 1
    fi
    ask "/api/users?size=1"
    if [[ $ASK_CODE != 200 || $ASK_TOTAL != "$USERS" ]]; then
        log "$engine: GET /api/users?size=1 answered $ASK_CODE with total_count $ASK_TOTAL, not $USERS"
        return 1
    fi
}

# import ENGINE: `java -jar JAR import` into the engine's database; sets IMPORT_SECONDS.
import_users() {
    local engine=$1 args=() rc=0 start
    case "$engine" in
        sqlite) mkdir -p "$TMP/sqlite"; args=(--database-url "jdbc:sqlite:$TMP/sqlite/users.db") ;;
        postgresql) args=(--database-url "${PG_URL}listing" --database-user postgres) ;;
    esac
    log "$engine: importing $USERS users"
    start=$(date +%s%N)
    "$JAVA" -jar "$JAR" import "$USERS_FILE" "${args[@]}" >"$TMP/import-$engine.out" 2>"$TMP/import-$engine.err" 3>&- &
    CHILD_PID=$!
    wait "$CHILD_PID" || rc=$?
    CHILD_PID=""
    IMPORT_SECONDS=$(awk -v ns=$(( $(date +%s%N) - start )) 'BEGIN { printf "%.1f", ns / 1e9 }')
    if [[ $rc != 0 ]]; then
        tail -20 "$TMP/import-$engine.err" >&2
        log "$engine: the import failed with exit status $rc"
        return 1
    fi
    log "$engine: imported in $IMPORT_SECONDS s (wall): $(tail -1 "$TMP/import-$engine.out" | scrub)"
}

# vacuum_postgres: VACUUM (ANALYZE) after the import, as autovacuum would do on its own minutes
# later: the planner gets its statistics and the visibility map is set, and no autovacuum worker
# bills its CPU to the measurements. Sets VACUUM_NOTE.
vacuum_postgres() {
    local psql=${PSQL:-psql} start
    if ! command -v "$psql" >/dev/null; then
        VACUUM_NOTE="no VACUUM ANALYZE after the import (psql is missing: Debian package postgresql-client); autovacuum may run during the measurements"
        log "postgresql: $VACUUM_NOTE"
        return 0
    fi
    log "postgresql: VACUUM (ANALYZE)"
    start=$(date +%s%N)
    if ! PGUSER=postgres "$psql" -XAtq -d "${PG_URL#jdbc:}listing" -c 'VACUUM (ANALYZE)' >"$TMP/vacuum.log" 2>&1 3>&-; then
        cat "$TMP/vacuum.log" >&2
        log "postgresql: VACUUM (ANALYZE) failed"
        return 1
    fi
    VACUUM_NOTE="VACUUM (ANALYZE) after the import: $(awk -v ns=$(( $(date +%s%N) - start )) 'BEGIN { printf "%.1f", ns / 1e9 }') s"
    log "postgresql: $VACUUM_NOTE"
}

# warm_up ENGINE: one wrk run through all the shapes in turn.
warm_up() {
    local engine=$1 report=$TMP/$1-warmup.txt fields
    (( WARMUP > 0 )) || { log "$engine: no warm-up (--warmup 0)"; return 0; }
    log "$engine: warm-up ${WARMUP}s at -c$CONNECTIONS, cycling through the ${#QUERY_NAMES[@]} shapes"
    run_wrk "$report" -d"${WARMUP}s" -s "$TMP/mix.lua" "http://127.0.0.1:$SERVER_PORT/" || return 1
    server_alive || { log "$engine: the server died during its warm-up"; return 1; }
    scrub <"$report" >"$OUT/logs/wrk-$engine-warmup.txt"
    read -r -a fields < <(bench_parse_wrk "$report")
    log "$engine: warm-up: ${fields[0]} requests, $(printf '%.0f' "${fields[1]}") req/s, errors $((fields[4] + fields[5]))"
    if (( fields[4] + fields[5] > 0 )); then
        FAILURES+=("$engine: $((fields[4])) non-2xx responses and $((fields[5])) socket errors during the warm-up")
    fi
    settle
}

# check_total ENGINE QUERY TOTAL T0 T1: compares what the query matched with the users file; T0 and
# T1 are the epoch seconds before and after the request.
check_total() {
    local engine=$1 query=$2 total=$3 expect=${QUERY_EXPECT[$2]} low high
    case "$expect" in
        -) return 0 ;;
        blocked)
            # The server's "now" lies between T0 and T1; a second of slack at either end.
            low=$(blocked_after $(($5 + 1)))
            high=$(blocked_after $(($4 - 1)))
            if [[ $total == - ]] || (( total < low || total > high )); then
                FAILURES+=("$engine $query: matched $total users; the file has $low to $high blocked then")
            fi ;;
        *)
            [[ $total == "$expect" ]] || FAILURES+=("$engine $query: matched $total users, not $expect") ;;
    esac
}

# measure ENGINE QUERY: one curl, then one wrk run; appends a row to rows.tsv.
measure() {
    local engine=$1 query=$2 path=${QUERY_PATH[$2]} report=$TMP/$1-$2.txt
    local t0 t1 before after pg_before pg_after load_before load_after fields cpu db_cpu total
    t0=$(date +%s)
    ask "$path"
    t1=$(date +%s)
    total=$ASK_TOTAL
    if [[ $ASK_CODE != 200 ]]; then
        FAILURES+=("$engine $query: GET $path answered ${ASK_CODE:-nothing}: $({ head -c 300 "$TMP/ask.body" 2>/dev/null || true; } | tr -d '\n')")
        log "$engine $query: answered ${ASK_CODE:-nothing}; not measured"
        printf '%s\t%s\t%s\t-\t-\t-\t-\t-\t-\t-\t-\t0\t-\t-\t%s\t%s\n' "$engine" "$query" "$total" "${ASK_CODE:-none}" \
            "$path" >>"$TMP/rows.tsv"
        return 0
    fi
    check_total "$engine" "$query" "$total" "$t0" "$t1"
    load_before=$(load1)
    pg_before=$(bench_postgres_ticks)
    before=$(bench_cpu_ticks "$SERVER_PID")
    run_wrk "$report" -d"${DURATION}s" -H "X-API-KEY: $KEY" -H 'Accept: application/json' \
        "http://127.0.0.1:$SERVER_PORT$path" || return 1
    if ! server_alive; then
        log "$engine: the server died while measuring $query"
        return 1
    fi
    after=$(bench_cpu_ticks "$SERVER_PID")
    pg_after=$(bench_postgres_ticks)
    load_after=$(load1)
    scrub <"$report" >"$OUT/logs/wrk-$engine-$query.txt"
    read -r -a fields < <(bench_parse_wrk "$report")
    cpu=$(per_request $((after - before)) "${fields[0]}")
    db_cpu=-
    [[ -n $pg_before && -n $pg_after ]] && db_cpu=$(per_request $((pg_after - pg_before)) "${fields[0]}")
    local errors=$((fields[4] + fields[5]))
    printf '%s\t%s\t%s\t%.1f\t%.3f\t%.3f\t%d\t%d\t%d\t%s\t%s\t%d\t%s\t%s\t%s\t%s\n' "$engine" "$query" "$total" \
        "${fields[1]}" "${fields[2]}" "${fields[3]}" "$errors" "${fields[4]}" "${fields[5]}" "$cpu" "$db_cpu" \
        "${fields[0]}" "$load_before" "$load_after" "$ASK_CODE" "$path" >>"$TMP/rows.tsv"
    log "$(printf '%s %s: matched %s, %.0f req/s, p50 %.2f ms, p99 %.2f ms, errors %d, server CPU %s us/req, db CPU %s us/req' \
        "$engine" "$query" "$total" "${fields[1]}" "${fields[2]}" "${fields[3]}" "$errors" "$cpu" "$db_cpu")"
    (( errors == 0 )) \
        || FAILURES+=("$engine $query: $((fields[4])) non-2xx responses, $((fields[5])) socket errors (timeouts included)")
    (( fields[0] > 0 )) || FAILURES+=("$engine $query: no request completed in ${DURATION}s")
    settle
}

# count_errors LOG: prints "ERRORS CUT_OFF". CUT_OFF are the responses the server could not finish
# because the client had closed the connection: wrk ends its run with requests in flight, and Jersey
# logs each as ERROR "An I/O error has occurred while writing a response message entity", with the
# closed connection as the cause on the next line. Every other ERROR line, and any
# OutOfMemoryError, counts in ERRORS.
count_errors() {
    awk '
        pending { if ($0 ~ /Connection is closed|Broken pipe|Connection reset/) cut++; else errors++; pending = 0 }
        /(^| )ERROR / {
            if (index($0, "An I/O error has occurred while writing a response message entity")) pending = 1
            else errors++
            next
        }
        /OutOfMemoryError/ { errors++ }
        END { if (pending) errors++; print errors + 0, cut + 0 }
    ' "$1"
}

# --- the run ----------------------------------------------------------------------------------------
FAILURES=()
ENGINE_LINES=()
CUT_OFF_LINES=()
CURRENT=""
UPTIME_BEFORE=$(uptime)
: >"$TMP/rows.tsv"
log "load before: $UPTIME_BEFORE"
log "engines $ENGINES; $USERS users; -c$CONNECTIONS; warm-up ${WARMUP}s per engine; ${DURATION}s per shape;" \
    "measuring takes about $(( (WARMUP + ${#QUERY_NAMES[@]} * (DURATION + 2)) * ${#ENGINE_LIST[@]} / 60 + 1 )) min" \
    "besides the imports; results in $OUT"

for engine in "${ENGINE_LIST[@]}"; do
    CURRENT=$engine
    IMPORT_SECONDS=""
    READY_SECONDS=""
    VACUUM_NOTE=""
    if [[ $engine == postgresql ]]; then
        log "starting PostgreSQL (durable) with BenchPostgres"
        if ! bench_postgres_start "$TMP/pg" durable listing; then
            FAILURES+=("postgresql: PostgreSQL did not start")
            continue
        fi
        log "PostgreSQL: $PG_SETTINGS"
    fi
    if [[ $engine == memory ]] || { import_users "$engine" && { [[ $engine != postgresql ]] || vacuum_postgres; }; }; then
        log "$engine: starting the server"
        if start_server "$engine"; then
            log "$engine: answering on port $SERVER_PORT, ready ${READY_SECONDS}s after its launch; total_count $USERS"
            if warm_up "$engine"; then
                for query in "${QUERY_NAMES[@]}"; do
                    if ! measure "$engine" "$query"; then
                        FAILURES+=("$engine: failed while measuring $query")
                        break
                    fi
                    drain_log "$engine"
                done
            else
                FAILURES+=("$engine: failed during its warm-up")
            fi
        else
            FAILURES+=("$engine: the server did not start, or did not count $USERS users")
        fi
        stop_server
        drain_log "$engine"
    else
        FAILURES+=("$engine: the import (or the VACUUM after it) failed")
    fi
    case "$engine" in
        sqlite) ENGINE_LINES+=("sqlite: import ${IMPORT_SECONDS:-?} s (wall, a new SQLite file database, --database-sync full); server ready ${READY_SECONDS:-?} s after its launch") ;;
        postgresql) ENGINE_LINES+=("postgresql: import ${IMPORT_SECONDS:-?} s (wall); ${VACUUM_NOTE:-no VACUUM}; server ready ${READY_SECONDS:-?} s after its launch; PostgreSQL started by the script (durable): $PG_SETTINGS") ;;
        memory) ENGINE_LINES+=("memory: no import; server ready ${READY_SECONDS:-?} s after its launch, loading the users with --seed") ;;
    esac
    if [[ $engine == postgresql ]]; then
        bench_postgres_stop
    fi
    [[ $KEEP == 1 ]] || rm -rf "$TMP/sqlite"
    if [[ -f $OUT/logs/$engine.log ]]; then
        read -r errors cut_off < <(count_errors "$OUT/logs/$engine.log")
        warnings=$(grep -c -E '(^| )WARN ' "$OUT/logs/$engine.log" || true)
        (( errors == 0 )) || FAILURES+=("$engine: $errors ERROR lines in logs/$engine.log")
        (( warnings == 0 )) || log "$engine: $warnings WARN lines in logs/$engine.log"
        if (( cut_off > 0 )); then
            CUT_OFF_LINES+=("$engine: $cut_off")
            log "$engine: $cut_off responses cut off by wrk closing its connections (logged as ERROR, not counted as errors)"
        fi
    fi
done
CURRENT=""
UPTIME_AFTER=$(uptime)
log "load after: $UPTIME_AFTER"

# --- report -----------------------------------------------------------------------------------------
{
    printf 'engine\tquery\ttotal_count\trequests_per_s\tp50_ms\tp99_ms\terrors\tnon_2xx\tsocket_errors\t'
    printf 'server_cpu_us_per_req\tdb_cpu_us_per_req\trequests\tload1_before\tload1_after\tstatus\tpath\n'
    cat "$TMP/rows.tsv"
} >"$OUT/results.tsv"

COMMIT=$(git -C "$REPO" rev-parse --short HEAD 2>/dev/null || echo unknown)
[[ -z $(git -C "$REPO" status --porcelain 2>/dev/null) ]] || COMMIT+=" (with uncommitted changes)"
{
    echo "Listing benchmark (GET /api/users), $(date -u +%Y-%m-%dT%H:%M:%SZ), commit $COMMIT"
    echo "Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo) RAM; $("$JAVA" -version 2>&1 | sed -n 1p); JVM default heap; $(wrk -v 2>&1 | sed -n 1p | cut -d' ' -f1-2)"
    echo "Users: $USERS_SUMMARY (GenerateUsers, seed $SEED); the user for by-email, by-id and get-user: number $MIDDLE"
    echo "wrk -t1 -c$CONNECTIONS -d${DURATION}s --latency --timeout ${WRK_TIMEOUT}s per query; warm-up ${WARMUP}s per engine through all the shapes"
    for line in "${ENGINE_LINES[@]}"; do echo "$line"; done
    echo "Load before: $UPTIME_BEFORE"
    echo "Load after:  $UPTIME_AFTER"
    echo
    awk -F'\t' '
        NR == 1 { next }
        { if (!header++) {
              printf "%-10s %-22s %9s %9s %9s %9s %6s %9s %9s\n", "", "", "", "", "", "", "", "server", "db"
              printf "%-10s %-22s %9s %9s %9s %9s %6s %9s %9s\n", "engine", "query", "matched", "req/s",
                     "p50 ms", "p99 ms", "errors", "us/req", "us/req" }
          if ($4 == "-") {
              printf "%-10s %-22s %9s %9s %9s %9s %6s %9s %9s   (answered %s)\n", $1, $2, $3, "-", "-", "-", "-", "-", "-", $15
          } else {
              printf "%-10s %-22s %9s %9.1f %9.2f %9.2f %6d %9s %9s\n", $1, $2, $3, $4, $5, $6, $7, $10, $11
          } }
        END { if (!header) print "(no measurements)" }
    ' "$OUT/results.tsv"
    echo
    echo "Query shapes (values URL-encoded in the requests; results.tsv has each path):"
    echo "  newest                 /api/users: creation_time:-1, 10 a page, every user"
    echo "  blocked-now            filter=block_until:>now&sort=block_until:-1"
    echo "  blocked-most-failures  filter=block_until:>now&sort=failure_count:-1&size=100"
    echo "  failures-3-plus        filter=failure_count:>=3"
    echo "  by-email, by-id        filter=email:\"ADDRESS\", filter=user_id:\"ID\" of user number $MIDDLE"
    echo "  deep-page              page=1000&size=100$( (( USERS >= 100000 )) || echo " (past the last page with $USERS users: an empty page)")"
    echo "  unindexed-sort         sort=last_activity:-1, an order no index serves: every user is sorted"
    echo "  get-user               GET /api/users/ID of the same user, a single-row read for reference"
    echo "matched = total_count of the X-Pagination of one request before the run (- for get-user), checked"
    echo "against the users file; req/s and latency are wrk's (p50, p99 from --latency); errors = non-2xx"
    echo "responses + socket errors (timeouts included); server us/req = the server process's CPU time"
    echo "(user + system) per request during the run; db us/req = PostgreSQL's (postmaster and backends);"
    echo "the embedded SQLite and the memory store are inside the server's figure. wrk shares the machine."
    if [[ ${#CUT_OFF_LINES[@]} -gt 0 ]]; then
        echo "Responses cut off when wrk closed its connections at the end of a run (the server logs each as"
        cut_list=$(printf '%s, ' "${CUT_OFF_LINES[@]}")
        echo "ERROR with a stack trace; not counted as errors): ${cut_list%, }"
    fi
    if [[ ${#FAILURES[@]} -gt 0 ]]; then
        echo
        echo "FAILED:"
        for line in "${FAILURES[@]}"; do echo "  $line"; done
    fi
} | scrub >"$OUT/results.txt"

echo
cat "$OUT/results.txt"
echo
echo "results in $OUT: results.txt, results.tsv, progress.log, logs/"
if [[ ${#FAILURES[@]} -gt 0 ]]; then
    echo "listing: FAILED (see above)" >&2
    exit 1
fi
