#!/usr/bin/env bash
# Paired ratio: this server on the memory store against the minimal Jersey anchor, measured in
# alternation, so that both see the same minutes of a shared machine.
#
# request-path.sh measures one server after the other, minutes apart; when other tenants' load
# changes between them, every ratio moves with it (rp-f3 in the README). Here both servers run at
# once (the idle one takes no CPU), are warmed up in alternating slices, and are then measured in
# rounds: in each round, at each level and for each operation, one short wrk run against each
# server, the order swapped every round. Each round gives a ratio measured seconds apart; the
# script reports every round's ratios and their median.
#
# Usage (from anywhere; it works in the repository root):
#   src/bench/paired-ratio.sh [--rounds R] [--levels LIST] [--duration S] [--warmup S] [--users N]
#                             [--heap SIZE] [--out DIR] [--skip-build] [--keep]
#
#   --rounds R       measuring rounds (default 5)
#   --levels LIST    wrk connection counts (default 8,32,128)
#   --duration S     seconds of each wrk run (default 10)
#   --warmup S       JIT warm-up of each server, in alternating 10 s slices (default 150)
#   --users N        users u00000.. (default 10000), all blocked, as in request-path.sh
#   --heap SIZE      run both servers with -XmxSIZE
#   --out DIR        where results go (default target/bench/paired-ratio-YYYYmmdd-HHMMSS)
#   --skip-build     use the existing target/ (otherwise runs `mvn -B -q -DskipTests package`)
#   --keep           keep the temporary directory (users file, server logs, wrk reports)
#
# Each wrk run is `wrk -t1 -cN -dS --latency` with the same Lua script as request-path.sh; CPU per
# request is the server's user + system time from /proc over the run. Ratios are memory / jersey:
# req/s below 1 is slower than the anchor, CPU and p99 above 1 costlier. Writes results.txt (the
# medians, then every round) and results.tsv (every run). Needs Java 17+, Maven (unless
# --skip-build), wrk, curl.
set -euo pipefail

ROUNDS=5
LEVELS=8,32,128
DURATION=10
WARMUP=150
USERS=10000
HEAP=""
OUT=""
BUILD=1
KEEP=0
JAVA=${JAVA:-java}

die() { echo "paired-ratio: $*" >&2; exit 2; }
# shellcheck source=src/bench/lib/bench-common.sh
source "$(dirname "$0")/lib/bench-common.sh"

while [[ $# -gt 0 ]]; do
    case "$1" in
        --rounds) ROUNDS=${2:?--rounds needs a value}; shift 2 ;;
        --levels) LEVELS=${2:?--levels needs a value}; shift 2 ;;
        --duration) DURATION=${2:?--duration needs a value}; shift 2 ;;
        --warmup) WARMUP=${2:?--warmup needs a value}; shift 2 ;;
        --users) USERS=${2:?--users needs a value}; shift 2 ;;
        --heap) HEAP=${2:?--heap needs a value}; shift 2 ;;
        --out) OUT=${2:?--out needs a value}; shift 2 ;;
        --skip-build) BUILD=0; shift ;;
        --keep) KEEP=1; shift ;;
        -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) die "unknown option $1 (see --help)" ;;
    esac
done
for value in "$ROUNDS" "$DURATION" "$WARMUP" "$USERS"; do
    [[ $value =~ ^[0-9]+$ && $value -gt 0 ]] || die "'$value' is not a positive number"
done
[[ $LEVELS =~ ^[0-9]+(,[0-9]+)*$ ]] || die "--levels must be numbers separated by commas, not '$LEVELS'"
command -v wrk >/dev/null || die "wrk is needed (Debian: apt-get install wrk)"

cd "$(dirname "${BASH_SOURCE[0]}")/../.."
OUT=${OUT:-target/bench/paired-ratio-$(date +%Y%m%d-%H%M%S)}
mkdir -p "$OUT"
TMP=$(mktemp -d "${TMPDIR:-/tmp}/paired-ratio.XXXXXX")
declare -A PID=() PORT=()
WRK_PID=""

cleanup() {
    local status=$?
    if [[ -n $WRK_PID ]]; then kill "$WRK_PID" 2>/dev/null || true; fi
    for name in "${!PID[@]}"; do bench_stop "${PID[$name]}"; done
    if [[ $KEEP == 1 ]]; then echo "kept $TMP" >&2; else rm -rf "$TMP"; fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" | tee -a "$OUT/progress.log" >&2; }

if [[ $BUILD == 1 ]]; then
    log "building (mvn -B -q -DskipTests package)"
    bench_build "$TMP"
fi
bench_copy_build "$TMP" dev/usersapi/bench/anchors

USERS_FILE=$TMP/users.json
log "users file: $("$JAVA" -cp "$CP" dev.usersapi.bench.GenerateUsers --users "$USERS" --out "$USERS_FILE" \
    --numbered-ids --all-blocked --now 1700000000)"
KEY="paired-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
bench_cycle_lua "$TMP/cycle.lua" "$KEY"
HEAP_ARGS=()
[[ -n $HEAP ]] && HEAP_ARGS=("-Xmx$HEAP")
CLOCK_TICKS=$(getconf CLK_TCK)

# start NAME: starts the anchor or the server on a free port and waits until a read answers 200.
start() {
    local name=$1 port command=()
    port=$(bench_free_port)
    case "$name" in
        jersey) command=("$JAVA" "${HEAP_ARGS[@]}" -cp "$CP" dev.usersapi.bench.anchors.MinimalJerseyAnchor
            --port "$port" --users "$USERS_FILE" --api-key "$KEY") ;;
        memory) command=("$JAVA" "${HEAP_ARGS[@]}" -jar "$JAR" --store memory --port "$port"
            --seed "$USERS_FILE" --api-key "$KEY") ;;
    esac
    USERS_KEY_RATE_LIMIT=1000000 USERS_AUTH_FAILURE_LIMIT=1000000 "${command[@]}" >"$TMP/$name.log" 2>&1 &
    PID[$name]=$!
    PORT[$name]=$port
    for _ in $(seq 1 $((600 + USERS / 400))); do
        if [[ $(curl -s -o /dev/null -w '%{http_code}' -H "X-API-KEY: $KEY" \
            "http://127.0.0.1:$port/api/users/u00000" || true) == 200 ]]; then
            log "$name answering on port $port (pid ${PID[$name]})"
            return 0
        fi
        kill -0 "${PID[$name]}" 2>/dev/null || break
        sleep 0.2
    done
    tail -30 "$TMP/$name.log" >&2
    die "$name did not start"
}

# run NAME OPERATION CONNECTIONS SECONDS: one wrk run; prints "rps p50 p99 errors cpu_us".
run() {
    local name=$1 operation=$2 connections=$3 seconds=$4 method=GET suffix="" report before after
    [[ $operation == unblock ]] && { method=POST; suffix=/unblock; }
    report=$TMP/wrk-$name-$operation-$connections.txt
    before=$(bench_cpu_ticks "${PID[$name]}")
    wrk -t1 -c"$connections" -d"${seconds}s" --latency --timeout 10s -s "$TMP/cycle.lua" \
        "http://127.0.0.1:${PORT[$name]}/" -- "$method" "$suffix" "$USERS" >"$report" 2>&1 &
    WRK_PID=$!
    wait "$WRK_PID" || die "wrk failed against $name: $(cat "$report")"
    WRK_PID=""
    after=$(bench_cpu_ticks "${PID[$name]}")
    local fields
    read -r -a fields < <(bench_parse_wrk "$report")
    awk -v r="${fields[0]}" -v rps="${fields[1]}" -v p50="${fields[2]}" -v p99="${fields[3]}" \
        -v errors=$((fields[4] + fields[5])) -v t=$((after - before)) -v hz="$CLOCK_TICKS" \
        'BEGIN { printf "%.1f %.3f %.3f %d %.1f\n", rps, p50, p99, errors, (r > 0 ? t / hz * 1e6 / r : 0) }'
}

start jersey
start memory

log "warm-up: ${WARMUP}s per server, in alternating 10 s slices of half unblocks and half reads at -c32"
slices=$(( (WARMUP + 9) / 10 ))
for slice in $(seq 1 "$slices"); do
    for name in jersey memory; do
        run "$name" unblock 32 5 >/dev/null
        run "$name" get 32 5 >/dev/null
    done
    log "warm-up slice $slice/$slices"
done

load_before=$(uptime)
printf 'round\tlevel\top\tserver\treq_s\tp50_ms\tp99_ms\terrors\tcpu_us\tload1\n' >"$OUT/results.tsv"
IFS=, read -r -a levels <<<"$LEVELS"
ERRORS=0
for round in $(seq 1 "$ROUNDS"); do
    order=(jersey memory)
    (( round % 2 == 0 )) && order=(memory jersey)
    for level in "${levels[@]}"; do
        for operation in unblock get; do
            for name in "${order[@]}"; do
                read -r rps p50 p99 errors cpu < <(run "$name" "$operation" "$level" "$DURATION")
                ERRORS=$((ERRORS + errors))
                printf '%d\t%d\t%s\t%s\t%s\t%s\t%s\t%d\t%s\t%s\n' "$round" "$level" "$operation" "$name" \
                    "$rps" "$p50" "$p99" "$errors" "$cpu" "$(cut -d' ' -f1 /proc/loadavg)" >>"$OUT/results.tsv"
            done
        done
    done
    log "round $round/$ROUNDS done (load $(cut -d' ' -f1 /proc/loadavg))"
done
load_after=$(uptime)

# Per round, level and operation: memory / jersey for req/s, CPU and p99; then the median of the rounds.
{
    echo "Paired ratio, memory store against the Jersey anchor, $(date -u +%Y-%m-%dT%H:%M:%SZ), commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown)$( [[ -n $(git status --porcelain 2>/dev/null) ]] && echo ' (with uncommitted changes)')"
    echo "Machine: $(nproc) cores; $("$JAVA" -version 2>&1 | head -1); heap ${HEAP:-JVM default}; $USERS users; $ROUNDS rounds of ${DURATION}s per server, level and operation; warm-up ${WARMUP}s per server"
    echo "Load before: $load_before"
    echo "Load after:  $load_after"
    echo
    awk -F'\t' -v levels="$LEVELS" -v rounds="$ROUNDS" '
        NR == 1 { next }
        { v[$1, $2, $3, $4, "rps"] = $5; v[$1, $2, $3, $4, "p99"] = $7; v[$1, $2, $3, $4, "cpu"] = $9 }
        function median(list, n,   i, j, t) {
            for (i = 2; i <= n; i++) { t = list[i]; for (j = i - 1; j >= 1 && list[j] > t; j--) list[j + 1] = list[j]; list[j + 1] = t }
            return n % 2 ? list[(n + 1) / 2] : (list[n / 2] + list[n / 2 + 1]) / 2
        }
        function ratio(r, level, op, what) { return v[r, level, op, "memory", what] / v[r, level, op, "jersey", what] }
        END {
            printf "%-8s %6s | %-36s | %-9s | %-9s\n", "op", "conns", "req/s ratio: median (each round)", "CPU ratio", "p99 ratio"
            n = split(levels, level, ",")
            split("unblock get", ops, " ")
            for (o = 1; o <= 2; o++) {
                for (l = 1; l <= n; l++) {
                    each = ""
                    for (r = 1; r <= rounds; r++) {
                        x[r] = ratio(r, level[l], ops[o], "rps"); y[r] = ratio(r, level[l], ops[o], "cpu")
                        z[r] = ratio(r, level[l], ops[o], "p99"); each = each sprintf(" %.2f", x[r])
                    }
                    printf "%-8s %6d | %.2f (%s) | %9.2f | %9.2f\n", ops[o], level[l], median(x, rounds), substr(each, 2), median(y, rounds), median(z, rounds)
                }
            }
        }' "$OUT/results.tsv"
    echo
    echo "Ratios are memory / jersey in the same round, seconds apart: req/s below 1 is slower than the"
    echo "anchor, CPU per request and p99 above 1 costlier. Every run is in results.tsv."
} >"$OUT/results.txt"
cat "$OUT/results.txt"
sed -i "s#$TMP#\$TMP#g" "$OUT/progress.log" 2>/dev/null || true
(( ERRORS == 0 )) || die "$ERRORS errors (non-2xx responses or socket errors) in the runs; see results.tsv"
