#!/usr/bin/env bash
# Request-path benchmark: how much the server's request path costs next to two anchors that do the
# same work with nothing around it, measured in one run on the same machine.
#
# Usage (from anywhere; it works in the repository root):
#   src/bench/request-path.sh [--quick] [--servers LIST] [--levels LIST] [--warmup S] [--duration S]
#                             [--heap SIZE] [--out DIR] [--postgres-url URL]
#                             [--postgres-durability durable|relaxed] [--skip-build] [--keep]
#
#   --quick          a short look: warm-up 20 s and 5 s per level (unless --warmup/--duration say
#                    otherwise); the figures are rough, the JIT is still compiling
#   --servers LIST   comma-separated, measured in this order (default all six):
#                      grizzly   anchor: one bare Grizzly HttpHandler (BareGrizzlyAnchor)
#                      jersey    anchor: the smallest Jersey-on-Grizzly app (MinimalJerseyAnchor)
#                      memory    this server, --store memory
#                      sqlite-full    this server on its default embedded SQLite store, in a new
#                                     directory, --database-sync full (the default)
#                      sqlite-normal  the same with --database-sync normal
#                      postgres  this server on PostgreSQL (--postgres-url, or one it starts)
#   --levels LIST    wrk connection counts (default 8,32,128)
#   --users N        how many users (default 10000); with many, the servers take longer to start
#                    (they load the users at start-up) and the pgbench floor's ids no longer fit
#   --no-floors      skip the storage floors (below)
#   --warmup S       JIT warm-up per server before measuring, in seconds (default 180), half
#                    unblock, half get in each 10 s slice, whose throughput is printed so that
#                    you can see it level off
#   --duration S     seconds of each measurement (default 20)
#   --heap SIZE      run every server with -XmxSIZE (e.g. 256m); default: the JVM's own default
#   --out DIR        where results go (default target/bench/request-path-YYYYmmdd-HHMMSS)
#   --postgres-url URL   a PostgreSQL to use (jdbc:postgresql://HOST:PORT/DB; the server reads
#                    USERS_DATABASE_USER and USERS_DATABASE_PASSWORD from the environment);
#                    without it the script starts one with dev.usersapi.bench.BenchPostgres
#   --postgres-durability durable|relaxed   for the PostgreSQL it starts (default durable: fsync
#                    and synchronous_commit on, as in production; relaxed: both off)
#   --skip-build     use the existing target/ (otherwise runs `mvn -B -q -DskipTests package`)
#   --keep           keep the temporary directory (users file, server logs, wrk reports)
#
# Every server gets the same 10,000 users u00000..u09999, all blocked (block_until in 2100,
# failure_count 5), about 1.65 KB of JSON each (dev.usersapi.bench.GenerateUsers). The servers
# run one at a time. For each: start, warm up, then for POST /api/users/{id}/unblock and
# GET /api/users/{id} at each level, `wrk -t1 -cN -dS --latency --timeout 10s` with a Lua script
# that cycles through the 10,000 ids and sends X-API-KEY and Accept: application/json. Per level it
# records requests/s, p50 and p99 (wrk's --latency), errors (non-2xx responses plus socket errors),
# the server's CPU time per request (/proc/PID/stat fields 14 and 15, before and after), for the
# PostgreSQL it started also PostgreSQL's CPU per request, and the ratios to the two anchors at
# the same operation and level. The throttles are set to 1,000,000 so their checks are paid for
# but never refuse.
#
# Storage floors, in the same run: after sqlite-full or sqlite-normal, the engine alone doing the
# server's unblock transaction with the same durability (dev.usersapi.bench.anchors.SqliteFloor:
# plain JDBC, no HTTP, 1 and 8 threads, the same users); after postgres, pgbench running the
# server's own single-statement unblock on the database the server used, at each level's number
# of clients (src/bench/lib/pgbench-unblock.sh; pgbench comes with Debian's postgresql-15). Their
# rows go in floors.tsv, and results.txt sets the server's unblock throughput beside them.
#
# Output in DIR: results.txt (the table and the conditions), results.tsv (one row per server,
# operation and level), warmup.tsv (the warm-up slices), chart.png (gnuplot: throughput and p99 per
# level and server, one row of panels per operation; skipped with a note when gnuplot is missing),
# logs/ (each server's log without its access lines). Exit status 1 when any measurement had an
# error, a server failed or logged an ERROR; the table is written all the same.
#
# wrk runs on the same machine with one thread, so on 2 cores client and server share the CPU:
# read the ratios, measured minutes apart under the same conditions, rather than absolute
# figures. Needs Java 17+, Maven (unless --skip-build), wrk, curl; gnuplot for the chart.
# Environment: JAVA (default java), JAVA_OPTS (added to every server's JVM options).
set -euo pipefail

ALL_SERVERS="grizzly,jersey,memory,sqlite-full,sqlite-normal,postgres"
SERVERS=$ALL_SERVERS
LEVELS="8,32,128"
WARMUP=""
DURATION=""
QUICK=0
HEAP=""
OUT=""
POSTGRES_URL=""
PG_DURABILITY=durable
BUILD=1
KEEP=0
FLOORS=1
USERS=10000
SLICE=10
JAVA=${JAVA:-java}
read -r -a JAVA_OPTS_ARRAY <<<"${JAVA_OPTS:-}"

die() { echo "request-path: $*" >&2; exit 2; }
# shellcheck source=src/bench/lib/bench-common.sh
source "$(dirname "$0")/lib/bench-common.sh"
# shellcheck source=src/bench/lib/pgbench-unblock.sh
source "$(dirname "$0")/lib/pgbench-unblock.sh"

while [[ $# -gt 0 ]]; do
    case "$1" in
        --quick) QUICK=1; shift ;;
        --servers) SERVERS=${2:?--servers needs a value}; shift 2 ;;
        --no-floors) FLOORS=0; shift ;;
        --users) USERS=${2:?--users needs a value}; shift 2 ;;
        --levels) LEVELS=${2:?--levels needs a value}; shift 2 ;;
        --warmup) WARMUP=${2:?--warmup needs a value}; shift 2 ;;
        --duration) DURATION=${2:?--duration needs a value}; shift 2 ;;
        --heap) HEAP=${2:?--heap needs a value}; shift 2 ;;
        --out) OUT=${2:?--out needs a value}; shift 2 ;;
        --postgres-url) POSTGRES_URL=${2:?--postgres-url needs a value}; shift 2 ;;
        --postgres-durability) PG_DURABILITY=${2:?--postgres-durability needs a value}; shift 2 ;;
        --skip-build) BUILD=0; shift ;;
        --keep) KEEP=1; shift ;;
        -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) die "unknown option $1 (see --help)" ;;
    esac
done
if [[ $QUICK == 1 ]]; then
    WARMUP=${WARMUP:-20}
    DURATION=${DURATION:-5}
else
    WARMUP=${WARMUP:-180}
    DURATION=${DURATION:-20}
fi
[[ $USERS =~ ^[0-9]+$ && $USERS -ge 1 && $USERS -le 10000000 ]] || die "--users must be 1 to 10000000, not '$USERS'"
[[ $WARMUP =~ ^[0-9]+$ ]] || die "--warmup must be a whole number of seconds, not '$WARMUP'"
[[ $DURATION =~ ^[0-9]+$ && $DURATION -ge 1 ]] || die "--duration must be at least 1 second, not '$DURATION'"
[[ -z $HEAP || $HEAP =~ ^[0-9]+[kKmMgG]$ ]] || die "--heap must be a -Xmx size such as 256m, not '$HEAP'"
[[ $PG_DURABILITY == durable || $PG_DURABILITY == relaxed ]] \
    || die "--postgres-durability is durable or relaxed, not '$PG_DURABILITY'"
[[ -z $POSTGRES_URL || $POSTGRES_URL == jdbc:postgresql:* ]] \
    || die "--postgres-url must start with jdbc:postgresql:, not '$POSTGRES_URL'"
IFS=, read -r -a SERVER_LIST <<<"$SERVERS"
[[ ${#SERVER_LIST[@]} -gt 0 ]] || die "--servers names no server"
for server in "${SERVER_LIST[@]}"; do
    [[ ,$ALL_SERVERS, == *,"$server",* ]] || die "unknown server '$server' in --servers (one of $ALL_SERVERS)"
done
IFS=, read -r -a LEVEL_LIST <<<"$LEVELS"
[[ ${#LEVEL_LIST[@]} -gt 0 ]] || die "--levels names no level"
for level in "${LEVEL_LIST[@]}"; do
    [[ $level =~ ^[0-9]+$ && $level -ge 1 && $level -le 10000 ]] || die "--levels: '$level' is not a connection count"
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
    OUT=$REPO/target/bench/request-path-$STAMP
elif [[ $OUT != /* ]]; then
    OUT=$CALLER_DIR/$OUT
fi
mkdir -p "$OUT/logs"
OUT=$(cd "$OUT" && pwd)
: >"$OUT/progress.log"

TMP=$(mktemp -d "${TMPDIR:-/tmp}/request-path.XXXXXX")
SERVER_PID=""
WRK_PID=""


stop_server() {
    [[ -n $SERVER_PID ]] || return 0
    bench_stop "$SERVER_PID"
    SERVER_PID=""
}

cleanup() {
    local status=$?
    if [[ -n $WRK_PID ]] && kill -0 "$WRK_PID" 2>/dev/null; then
        kill "$WRK_PID" 2>/dev/null || true
        wait "$WRK_PID" 2>/dev/null || true
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

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" | tee -a "$OUT/progress.log" >&2; }

# --- build, classpath, users ----------------------------------------------------------------------
if [[ $BUILD == 1 ]]; then
    log "building (mvn -B -q -DskipTests package: the jar and the bench classes in target/test-classes)"
    bench_build "$TMP"
fi
bench_copy_build "$TMP" dev/usersapi/bench/anchors

USERS_FILE=$TMP/users.json
USERS_SUMMARY=$("$JAVA" -cp "$CP" dev.usersapi.bench.GenerateUsers --users "$USERS" --out "$USERS_FILE" \
    --numbered-ids --all-blocked --now 1700000000)
log "users file: $USERS_SUMMARY"

KEY="request-path-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
CLOCK_TICKS=$(getconf CLK_TCK)
HEAP_ARGS=()
[[ -n $HEAP ]] && HEAP_ARGS=("-Xmx$HEAP")

bench_cycle_lua "$TMP/cycle.lua" "$KEY"

# --- measuring --------------------------------------------------------------------------------------

load1() { cut -d' ' -f1 /proc/loadavg; }

# run_wrk OPERATION CONNECTIONS SECONDS REPORT: wrk in the background, so that the trap can end it.
run_wrk() {
    local operation=$1 connections=$2 seconds=$3 report=$4 method suffix rc=0
    case "$operation" in
        unblock) method=POST; suffix=/unblock ;;
        get) method=GET; suffix="" ;;
    esac
    wrk -t1 -c"$connections" -d"${seconds}s" --latency --timeout 10s -s "$TMP/cycle.lua" \
        "http://127.0.0.1:$SERVER_PORT/" -- "$method" "$suffix" "$USERS" >"$report" 2>&1 3>&- &
    WRK_PID=$!
    wait "$WRK_PID" || rc=$?
    WRK_PID=""
    if [[ $rc != 0 ]] || ! grep -q 'requests in' "$report"; then
        cat "$report" >&2
        log "wrk failed (exit status $rc) against $CURRENT $operation -c$connections"
        return 1
    fi
}

# Moves the server's log aside without its access lines (one per request, gigabytes in a long
# run), and empties it. The server appends to it (>>), so the emptied file starts again at 0.
drain_log() {
    local name=$1 file=$TMP/$1.log
    [[ -f $file ]] || return 0
    awk '!($2 == "INFO" && $4 == "access")' "$file" >>"$OUT/logs/$name.log"
    : >"$file"
}

server_alive() { [[ -n $SERVER_PID ]] && kill -0 "$SERVER_PID" 2>/dev/null; }

# start_server NAME: starts it on a free port and waits until it answers GET with 200.
start_server() {
    local name=$1 command=() env_args=(USERS_KEY_RATE_LIMIT=1000000 USERS_AUTH_FAILURE_LIMIT=1000000)
    SERVER_PORT=$(bench_free_port)
    case "$name" in
        grizzly) command=("$JAVA" "${HEAP_ARGS[@]}" "${JAVA_OPTS_ARRAY[@]}" -cp "$CP"
            dev.usersapi.bench.anchors.BareGrizzlyAnchor --port "$SERVER_PORT" --users "$USERS_FILE" --api-key "$KEY") ;;
        jersey) command=("$JAVA" "${HEAP_ARGS[@]}" "${JAVA_OPTS_ARRAY[@]}" -cp "$CP"
            dev.usersapi.bench.anchors.MinimalJerseyAnchor --port "$SERVER_PORT" --users "$USERS_FILE" --api-key "$KEY") ;;
        memory) command=("$JAVA" "${HEAP_ARGS[@]}" "${JAVA_OPTS_ARRAY[@]}" -jar "$JAR" --store memory) ;;
        sqlite-full|sqlite-normal)
            rm -rf "$TMP/sqlite"
            command=("$JAVA" "${HEAP_ARGS[@]}" "${JAVA_OPTS_ARRAY[@]}" -jar "$JAR"
                --database-url "jdbc:sqlite:$TMP/sqlite/users.db" --database-sync "${name#sqlite-}") ;;
        postgres)
            if [[ -n $POSTGRES_URL ]]; then
                command=("$JAVA" "${HEAP_ARGS[@]}" "${JAVA_OPTS_ARRAY[@]}" -jar "$JAR" --database-url "$POSTGRES_URL")
            else
                command=("$JAVA" "${HEAP_ARGS[@]}" "${JAVA_OPTS_ARRAY[@]}" -jar "$JAR"
                    --database-url "${PG_BASE_URL}requestpath" --database-user postgres)
            fi ;;
    esac
    case "$name" in
        memory|sqlite-*|postgres)
            command+=(--port "$SERVER_PORT" --seed "$USERS_FILE" --api-key "$KEY") ;;
    esac
    : >"$TMP/$name.log"
    env "${env_args[@]}" "${command[@]}" >>"$TMP/$name.log" 2>&1 3>&- &
    SERVER_PID=$!
    local code=""
    # Two minutes, and a second more per 2,000 users it loads at start-up.
    for _ in $(seq 1 $((600 + USERS / 400))); do
        code=$(curl -s -o /dev/null -w '%{http_code}' -H "X-API-KEY: $KEY" -H 'Accept: application/json' \
            "http://127.0.0.1:$SERVER_PORT/api/users/u00000" || true)
        [[ $code == 200 ]] && break
        server_alive || break
        sleep 0.2
    done
    if [[ $code != 200 ]]; then
        tail -30 "$TMP/$name.log" >&2
        log "$name did not start (last answer: ${code:-none})"
        drain_log "$name"
        stop_server
        return 1
    fi
    # An unblock must work too before anything is measured.
    code=$(curl -s -o /dev/null -w '%{http_code}' -X POST -H "X-API-KEY: $KEY" -H 'Accept: application/json' \
        "http://127.0.0.1:$SERVER_PORT/api/users/u00000/unblock" || true)
    if [[ $code != 200 ]]; then
        tail -30 "$TMP/$name.log" >&2
        log "$name answered an unblock with ${code:-nothing}"
        drain_log "$name"
        stop_server
        return 1
    fi
}

# warm_up NAME: runs the operations in turn, half a slice each, and prints each slice.
warm_up() {
    local name=$1 left=$WARMUP slice=0 slices connections length first second
    (( WARMUP > 0 )) || { log "$name: no warm-up (--warmup 0)"; return 0; }
    slices=$(( (WARMUP + SLICE - 1) / SLICE ))
    connections=${LEVEL_LIST[$(( ${#LEVEL_LIST[@]} / 2 ))]}
    log "$name: warm-up ${WARMUP}s at -c$connections, slices of up to ${SLICE}s (half unblock, half get)"
    local previous_unblock="" previous_get="" last_unblock="" last_get=""
    while (( left > 0 )); do
        slice=$((slice + 1))
        length=$(( left < SLICE ? left : SLICE ))
        left=$((left - length))
        first=$(( length / 2 > 0 ? length / 2 : 1 ))
        second=$(( length - first > 0 ? length - first : 1 ))
        local line="" operation seconds before after report fields
        for operation in unblock get; do
            seconds=$first
            [[ $operation == get ]] && seconds=$second
            report=$TMP/$name-warmup-$slice-$operation.txt
            before=$(bench_cpu_ticks "$SERVER_PID")
            run_wrk "$operation" "$connections" "$seconds" "$report" || return 1
            server_alive || { log "$name died during its warm-up"; return 1; }
            after=$(bench_cpu_ticks "$SERVER_PID")
            read -r -a fields < <(bench_parse_wrk "$report")
            local cpu
            cpu=$(awk -v t=$((after - before)) -v hz="$CLOCK_TICKS" -v r="${fields[0]}" \
                'BEGIN { if (r > 0) printf "%.1f", t / hz * 1e6 / r; else print "-" }')
            line+=$(printf '  %s %8.0f/s %7s us/req' "$operation" "${fields[1]}" "$cpu")
            printf '%s\t%d\t%s\t%d\t%d\t%.1f\t%s\t%d\n' "$name" "$slice" "$operation" "$seconds" "$connections" \
                "${fields[1]}" "$cpu" $(( fields[4] + fields[5] )) >>"$OUT/warmup.tsv"
            if [[ $operation == unblock ]]; then
                previous_unblock=$last_unblock; last_unblock=${fields[1]}
            else
                previous_get=$last_get; last_get=${fields[1]}
            fi
            if (( fields[4] + fields[5] > 0 )); then
                log "$name: warm-up slice $slice $operation had $((fields[4])) non-2xx and $((fields[5])) socket errors"
                FAILURES+=("$name: errors during the warm-up")
            fi
        done
        log "$name: warm-up slice $slice/$slices (${length}s):$line"
        drain_log "$name"
    done
    local flat
    flat=$(awk -v pu="$previous_unblock" -v lu="$last_unblock" -v pg="$previous_get" -v lg="$last_get" '
        function change(p, l) { return (p == "" || p == 0) ? "n/a (one slice)" : sprintf("%+.1f %%", (l / p - 1) * 100) }
        BEGIN { printf "unblock %s, get %s", change(pu, lu), change(pg, lg) }')
    log "$name: warm-up flatness, last slice against the one before: $flat"
    WARMUP_FLATNESS+=("$name: $flat")
}

# measure NAME OPERATION CONNECTIONS: one level; appends a row to rows.tsv.
measure() {
    local name=$1 operation=$2 connections=$3 report=$TMP/$1-$2-$3.txt
    local before after pg_before pg_after load_before load_after fields cpu db_cpu
    load_before=$(load1)
    pg_before=$(bench_postgres_ticks)
    before=$(bench_cpu_ticks "$SERVER_PID")
    run_wrk "$operation" "$connections" "$DURATION" "$report" || return 1
    if ! server_alive; then
        log "$name died while measuring $operation at -c$connections"
        return 1
    fi
    after=$(bench_cpu_ticks "$SERVER_PID")
    pg_after=$(bench_postgres_ticks)
    load_after=$(load1)
    cp "$report" "$OUT/logs/wrk-$name-$operation-c$connections.txt"
    read -r -a fields < <(bench_parse_wrk "$report")
    cpu=$(awk -v t=$((after - before)) -v hz="$CLOCK_TICKS" -v r="${fields[0]}" \
        'BEGIN { if (r > 0) printf "%.1f", t / hz * 1e6 / r; else print "-" }')
    db_cpu=-
    if [[ -n $pg_before && -n $pg_after ]]; then
        db_cpu=$(awk -v t=$((pg_after - pg_before)) -v hz="$CLOCK_TICKS" -v r="${fields[0]}" \
            'BEGIN { if (r > 0) printf "%.1f", t / hz * 1e6 / r; else print "-" }')
    fi
    local errors=$((fields[4] + fields[5]))
    printf '%s\t%s\t%d\t%.1f\t%.3f\t%.3f\t%d\t%d\t%d\t%s\t%s\t%d\t%s\t%s\n' "$name" "$operation" "$connections" \
        "${fields[1]}" "${fields[2]}" "${fields[3]}" "$errors" "${fields[4]}" "${fields[5]}" "$cpu" "$db_cpu" \
        "${fields[0]}" "$load_before" "$load_after" >>"$TMP/rows.tsv"
    log "$(printf '%s %s -c%d: %.0f req/s, p50 %.2f ms, p99 %.2f ms, errors %d, server CPU %s us/req, db CPU %s us/req' \
        "$name" "$operation" "$connections" "${fields[1]}" "${fields[2]}" "${fields[3]}" "$errors" "$cpu" "$db_cpu")"
    if (( errors > 0 )); then
        FAILURES+=("$name $operation -c$connections: $((fields[4])) non-2xx responses, $((fields[5])) socket errors")
    fi
}

# sqlite_floor SYNC: the engine alone at 1 and 8 threads; appends to floors.tsv.
sqlite_floor() {
    local sync=$1 threads result
    for threads in 1 8; do
        log "floor: SQLite alone, synchronous=$sync, $threads threads"
        rm -rf "$TMP/floor"
        if result=$("$JAVA" -cp "$CP" dev.usersapi.bench.anchors.SqliteFloor --dir "$TMP/floor" --users "$USERS" \
                --sync "$sync" --threads "$threads" --warmup 10 --seconds "$DURATION" 2>"$TMP/floor.err" 3>&- \
                | grep '^RESULT'); then
            log "floor: $result"
            awk -v sync="$sync" -v threads="$threads" '{
                for (i = 2; i <= NF; i++) { split($i, kv, "="); f[kv[1]] = kv[2] }
                printf "sqlite-%s\t%d\t%.1f\t%.1f\t%.1f\t%s\n", sync, threads, f["tx_per_s"], f["cpu_us_per_tx"], f["p99_us"] / 1000, "-"
            }' <<<"$result" >>"$OUT/floors.tsv"
        else
            cat "$TMP/floor.err" >&2
            FAILURES+=("floor sqlite-$sync at $threads threads failed")
        fi
    done
    rm -rf "$TMP/floor"
}

# pgbench_floor: pgbench on the database the postgres server used, at each level's clients.
pgbench_floor() {
    local level result
    for level in "${LEVEL_LIST[@]}"; do
        log "floor: pgbench, the server's statement, $level clients"
        if result=$(bench_pgbench_unblock "${PG_BASE_URL}requestpath" "$level" "$DURATION" 10 "$USERS" 3>&- \
                2>"$TMP/pgbench.err" | grep '^RESULT'); then
            log "floor: $result"
            awk '{
                for (i = 2; i <= NF; i++) { split($i, kv, "="); f[kv[1]] = kv[2] }
                printf "pgbench\t%d\t%.1f\t%s\t%.1f\t%s\n", f["clients"], f["tps"], "-", f["p99_us"] / 1000, f["pg_cpu_us_per_tx"]
            }' <<<"$result" >>"$OUT/floors.tsv"
        else
            cat "$TMP/pgbench.err" >&2
            FAILURES+=("floor pgbench at $level clients failed")
        fi
    done
}

start_postgres() {
    log "starting PostgreSQL ($PG_DURABILITY) with BenchPostgres"
    if ! bench_postgres_start "$TMP/pg" "$PG_DURABILITY" requestpath; then
        log "PostgreSQL did not start"
        return 1
    fi
    PG_BASE_URL=$PG_URL
    log "PostgreSQL at ${PG_BASE_URL}requestpath: $PG_SETTINGS"
}

# --- the run ----------------------------------------------------------------------------------------
FAILURES=()
WARMUP_FLATNESS=()
PG_BASE_URL=""
CURRENT=""
UPTIME_BEFORE=$(uptime)
printf 'server\tslice\toperation\tseconds\tconnections\trequests_per_s\tserver_cpu_us_per_req\terrors\n' >"$OUT/warmup.tsv"
printf 'floor\tthreads_or_clients\ttx_per_s\tprocess_cpu_us_per_tx\tp99_ms\tpostgres_cpu_us_per_tx\n' >"$OUT/floors.tsv"
: >"$TMP/rows.tsv"
per_server=$(( WARMUP + 2 * ${#LEVEL_LIST[@]} * DURATION ))
log "load before: $UPTIME_BEFORE"
log "servers $SERVERS; levels $LEVELS; warm-up ${WARMUP}s, ${DURATION}s per level; about $(( per_server * ${#SERVER_LIST[@]} / 60 + 1 )) min in all; results in $OUT"

for server in "${SERVER_LIST[@]}"; do
    CURRENT=$server
    if [[ $server == postgres && -z $POSTGRES_URL ]]; then
        start_postgres || { FAILURES+=("postgres: PostgreSQL did not start"); continue; }
    fi
    log "$server: starting"
    if start_server "$server"; then
        log "$server: answering on port $SERVER_PORT (pid $SERVER_PID)"
        if warm_up "$server"; then
            for operation in unblock get; do
                for level in "${LEVEL_LIST[@]}"; do
                    if ! measure "$server" "$operation" "$level"; then
                        FAILURES+=("$server: failed while measuring $operation at -c$level")
                        break 2
                    fi
                    drain_log "$server"
                done
            done
        else
            FAILURES+=("$server: failed during its warm-up")
        fi
    else
        FAILURES+=("$server: did not start")
    fi
    stop_server
    drain_log "$server"
    if [[ $FLOORS == 1 ]]; then
        case "$server" in
            sqlite-full) sqlite_floor full ;;
            sqlite-normal) sqlite_floor normal ;;
            postgres) [[ -n $PG_BASE_URL ]] && pgbench_floor ;;
        esac
    fi
    [[ $server == postgres ]] && bench_postgres_stop
    if [[ -f $OUT/logs/$server.log ]]; then
        errors=$(grep -c -E '(^| )ERROR |OutOfMemoryError' "$OUT/logs/$server.log" || true)
        warnings=$(grep -c -E '(^| )WARN ' "$OUT/logs/$server.log" || true)
        (( errors == 0 )) || FAILURES+=("$server: $errors ERROR lines in logs/$server.log")
        (( warnings == 0 )) || log "$server: $warnings WARN lines in logs/$server.log"
    fi
done
UPTIME_AFTER=$(uptime)
log "load after: $UPTIME_AFTER"

# --- report -----------------------------------------------------------------------------------------
# Ratios to the anchors at the same operation and level: req/s, CPU per request and p99 of the row
# divided by the anchor's.
awk -F'\t' -v OFS='\t' '
    function ratio(a, b) { return (a == "-" || b == "" || b == "-" || b + 0 == 0) ? "-" : sprintf("%.2f", a / b) }
    NR == FNR { key = $2 SUBSEP $3; if ($1 == "jersey") { jr[key] = $4; jc[key] = $10; jp[key] = $6 }
                if ($1 == "grizzly") { gr[key] = $4; gc[key] = $10; gp[key] = $6 }; next }
    FNR == 1 { print "server", "operation", "connections", "requests_per_s", "p50_ms", "p99_ms", "errors",
               "non_2xx", "socket_errors", "server_cpu_us_per_req", "db_cpu_us_per_req", "requests",
               "load1_before", "load1_after", "rps_vs_jersey", "cpu_vs_jersey", "p99_vs_jersey",
               "rps_vs_grizzly", "cpu_vs_grizzly", "p99_vs_grizzly" }
    { key = $2 SUBSEP $3
      print $0, ratio($4, jr[key]), ratio($10, jc[key]), ratio($6, jp[key]),
            ratio($4, gr[key]), ratio($10, gc[key]), ratio($6, gp[key]) }
' "$TMP/rows.tsv" "$TMP/rows.tsv" >"$OUT/results.tsv"
# An empty rows.tsv leaves results.tsv without a header; give it one.
[[ -s $OUT/results.tsv ]] || printf 'server\toperation\tconnections\n' >"$OUT/results.tsv"

COMMIT=$(git -C "$REPO" rev-parse --short HEAD 2>/dev/null || echo unknown)
[[ -z $(git -C "$REPO" status --porcelain 2>/dev/null) ]] || COMMIT+=" (with uncommitted changes)"
{
    echo "Request-path benchmark, $(date -u +%Y-%m-%dT%H:%M:%SZ), commit $COMMIT"
    echo "Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo) RAM; $("$JAVA" -version 2>&1 | head -1); heap $(if [[ -n $HEAP ]]; then echo "-Xmx$HEAP"; else echo "JVM default"; fi); $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2)"
    echo "Users: $USERS_SUMMARY (all blocked at the start); one wrk thread; warm-up ${WARMUP}s per server; ${DURATION}s per level"
    [[ -z $PG_SETTINGS ]] || echo "PostgreSQL started by the script ($PG_DURABILITY): $PG_SETTINGS"
    [[ -z $POSTGRES_URL ]] || echo "PostgreSQL given: $POSTGRES_URL"
    echo "Load before: $UPTIME_BEFORE"
    echo "Load after:  $UPTIME_AFTER"
    echo
    awk -F'\t' '
        NR == 1 { next }
        { if (!header++) {
              printf "%-13s %-7s %5s %9s %8s %8s %6s %9s %8s | %-17s | %-17s\n", "", "", "", "", "", "", "",
                     "server", "db", "vs jersey", "vs grizzly"
              printf "%-13s %-7s %5s %9s %8s %8s %6s %9s %8s | %5s %5s %5s | %5s %5s %5s\n", "server", "op",
                     "conns", "req/s", "p50 ms", "p99 ms", "errors", "us/req", "us/req",
                     "req/s", "CPU", "p99", "req/s", "CPU", "p99" }
          printf "%-13s %-7s %5d %9.0f %8.2f %8.2f %6d %9s %8s | %5s %5s %5s | %5s %5s %5s\n",
                 $1, $2, $3, $4, $5, $6, $7, $10, $11, $15, $16, $17, $18, $19, $20 }
        END { if (!header) print "(no measurements)" }
    ' "$OUT/results.tsv"
    if [[ $(wc -l <"$OUT/floors.tsv") -gt 1 ]]; then
        echo
        echo "Storage floors (the engine alone, no HTTP) and the server's unblock on that store, same run:"
        printf '%-14s %8s %10s %12s %9s %12s | %-14s %6s %9s %7s\n' "floor" "threads" "tx/s" "CPU us/tx" "p99 ms" \
            "PG us/tx" "server" "conns" "req/s" "ratio"
        awk -F'\t' '
            NR == FNR { if (FNR > 1 && $2 == "unblock") rps[$1 SUBSEP $3] = $4; next }
            FNR == 1 { next }
            { server = ($1 == "pgbench") ? "postgres" : $1
              if ($1 == "pgbench") { level = $2 } else { level = 32 }
              r = rps[server SUBSEP level]
              printf "%-14s %8d %10.0f %12s %9.2f %12s | %-14s %6d %9s %7s\n", $1, $2, $3, $4, $5, $6, server, level,
                     (r == "" ? "-" : sprintf("%.0f", r)), (r == "" || $3 == 0 ? "-" : sprintf("%.2f", r / $3)) }
        ' "$OUT/results.tsv" "$OUT/floors.tsv"
        echo "ratio = the server's unblock req/s at that many connections (c=32 for the SQLite floors) / the floor's tx/s."
    fi
    echo
    echo "Warm-up flatness (throughput of the last warm-up slice against the one before; near 0 % means it levelled off):"
    for line in "${WARMUP_FLATNESS[@]}"; do echo "  $line"; done
    echo
    echo "req/s and latency are wrk's (p50, p99 from --latency); errors = non-2xx responses + socket errors;"
    echo "server us/req = the server process's CPU time (user + system) per request during the level; db us/req"
    echo "= PostgreSQL's, when the script started it (the embedded store's is inside the server's figure)."
    echo "vs jersey / vs grizzly: this row divided by that anchor's row for the same operation and connections:"
    echo "req/s below 1 means slower than the anchor, CPU and p99 above 1 mean costlier. wrk shares the machine."
    if [[ ${#FAILURES[@]} -gt 0 ]]; then
        echo
        echo "FAILED:"
        for line in "${FAILURES[@]}"; do echo "  $line"; done
    fi
} >"$OUT/results.txt"

# --- chart ------------------------------------------------------------------------------------------
if command -v gnuplot >/dev/null; then
    mkdir -p "$TMP/chart"
    awk -F'\t' -v dir="$TMP/chart" 'NR > 1 && NF > 5 { print $3, $4, $6 > (dir "/" $1 "-" $2 ".dat") }' "$OUT/results.tsv"
    terminal="pngcairo size 1400,1000 font ',10'"
    gnuplot -e 'set terminal' 2>/dev/null | grep -q pngcairo || terminal="png size 1400,1000"
    xtics=$(printf '%s,' "${LEVEL_LIST[@]}"); xtics=${xtics%,}
    {
        echo "set terminal $terminal"
        echo "set output '$OUT/chart.png'"
        echo "set multiplot layout 2,2 title 'Request path, $(date -u +%Y-%m-%d) (warm-up ${WARMUP}s, ${DURATION}s per level, wrk -t1)' noenhanced"
        echo "set logscale x 2; set xtics ($xtics); set xrange [${LEVEL_LIST[0]}/1.5:${LEVEL_LIST[-1]}*1.5]"
        echo "set xlabel 'connections'; set grid; set key outside right top noenhanced"
        for operation in unblock get; do
            case "$operation" in
                unblock) label="POST /api/users/{id}/unblock" ;;
                get) label="GET /api/users/{id}" ;;
            esac
            for panel in throughput p99; do
                if [[ $panel == throughput ]]; then
                    echo "set title '$label: throughput' noenhanced; set ylabel 'requests/s'; set yrange [0:*]"
                    column=2
                else
                    echo "set title '$label: p99 latency' noenhanced; set ylabel 'p99 ms'; set yrange [0:*]"
                    column=3
                fi
                plots=()
                for server in "${SERVER_LIST[@]}"; do
                    [[ -s $TMP/chart/$server-$operation.dat ]] \
                        && plots+=("'$TMP/chart/$server-$operation.dat' using 1:$column with linespoints lw 2 title '$server'")
                done
                if [[ ${#plots[@]} -gt 0 ]]; then
                    (IFS=,; echo "plot ${plots[*]}")
                else
                    echo "set label 1 'no measurements' at graph 0.4,0.5; plot [1:2] NaN notitle; unset label 1"
                fi
            done
        done
        echo "unset multiplot"
    } >"$TMP/chart.gp"
    gnuplot "$TMP/chart.gp" 2>"$TMP/gnuplot.log" || { cat "$TMP/gnuplot.log" >&2; FAILURES+=("gnuplot failed"); }
    [[ -f $OUT/chart.png ]] && log "chart: $OUT/chart.png"
else
    log "gnuplot is not installed (Debian package 'gnuplot' or 'gnuplot-nox'): no chart.png"
    echo "(no chart: gnuplot is not installed)" >>"$OUT/results.txt"
fi

echo
cat "$OUT/results.txt"
echo
echo "results in $OUT: results.txt, results.tsv, warmup.tsv$([[ -f $OUT/chart.png ]] && echo ", chart.png"), logs/"
if [[ ${#FAILURES[@]} -gt 0 ]]; then
    echo "request-path: FAILED (see above)" >&2
    exit 1
fi
