#!/usr/bin/env bash
# Measures unblock throughput with wrk, and compares two builds of the server in the same run.
#
#   src/bench/unblock-throughput.sh [--baseline JAR] [--rounds N] [--warmup SECONDS] [--duration SECONDS] [JAR]
#
# JAR defaults to target/users-api-server.jar (after 'mvn -B -DskipTests package'); --baseline
# names an older build to compare it with (for example one packaged from an earlier commit). On a
# shared 2-core machine absolute figures swing by a fifth from minute to minute, so the builds
# take turns, round after round (baseline, new, baseline, new, ...), and the script prints each
# round and the ratio of the medians.
#
# Each measurement starts the server on the in-memory store (so the figure is the HTTP path, not
# the database), with the demo users and a development key, warms it up for --warmup seconds
# (default 90: the JIT compiles for well over a minute, and its CPU time, counted in the process's,
# would weigh against the build with more code to compile), then runs `wrk -t1 -c16` for
# --duration seconds (default 15) against
# POST /api/users/alice-locked-out/unblock. The per-key and failed-authentication limits are set
# far above what the run reaches, so their checks are paid for but never refuse; a build that does
# not know those settings ignores the environment variables. Beside requests per second it prints
# the server's CPU time per request, read from /proc before and after the run.
#
# Needs wrk (Debian package 'wrk') and curl. Environment: JAVA (default java), JAVA_OPTS.
set -euo pipefail
cd "$(dirname "$0")/../.."

jar=target/users-api-server.jar
baseline=
rounds=3
warmup=90
duration=15
while [[ $# -gt 0 ]]; do
    case $1 in
        --baseline) baseline=$(realpath "$2"); shift 2 ;;
        --rounds) rounds=$2; shift 2 ;;
        --warmup) warmup=$2; shift 2 ;;
        --duration) duration=$2; shift 2 ;;
        -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
        *) jar=$1; shift ;;
    esac
done
jar=$(realpath "$jar")
java=${JAVA:-java}
read -r -a java_opts <<< "${JAVA_OPTS:-}"
seed=$(realpath src/demo/users.json)
key=throughput-bench-key
clock_ticks=$(getconf CLK_TCK)

for tool in wrk curl; do
    command -v "$tool" > /dev/null || { echo "unblock-throughput: $tool is needed" >&2; exit 2; }
done
[[ -f $jar ]] || { echo "unblock-throughput: $jar is missing; run 'mvn -B -DskipTests package' first" >&2; exit 2; }

work=$(mktemp -d)
server=
cleanup() {
    if [[ -n $server ]] && kill -0 "$server" 2> /dev/null; then kill "$server" 2> /dev/null || true; wait "$server" 2> /dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

cat > "$work/unblock.lua" <<EOF
wrk.method = "POST"
wrk.headers["X-API-KEY"] = "$key"
wrk.headers["Accept"] = "application/json"
EOF

free_port() {
    local port
    while true; do
        port=$((20000 + RANDOM % 12000))
        if ! (exec 3<> "/dev/tcp/127.0.0.1/$port") 2> /dev/null; then echo "$port"; return; fi
    done
}

cpu_ticks() {
    # Fields 14 and 15 of /proc/PID/stat: user and system time of the process, in clock ticks.
    awk '{print $14 + $15}' "/proc/$1/stat"
}

# Prints "requests_per_second cpu_microseconds_per_request" for one build.
measure() {
    local build=$1 port url
    port=$(free_port)
    USERS_KEY_RATE_LIMIT=1000000 USERS_AUTH_FAILURE_LIMIT=1000000 \
        "$java" "${java_opts[@]}" -jar "$build" --store memory --port "$port" --seed "$seed" --api-key "$key" \
        > "$work/server.log" 2>&1 &
    server=$!
    url="http://127.0.0.1:$port/api/users/alice-locked-out/unblock"
    for _ in $(seq 1 200); do
        curl -fs -o /dev/null "http://127.0.0.1:$port/health/ready" && break
        sleep 0.1
    done
    wrk -t1 -c16 -d"${warmup}s" -s "$work/unblock.lua" "$url" > /dev/null
    local before after report requests
    before=$(cpu_ticks "$server")
    report=$(wrk -t1 -c16 -d"${duration}s" -s "$work/unblock.lua" "$url")
    after=$(cpu_ticks "$server")
    kill "$server"; wait "$server" 2> /dev/null || true; server=
    if grep -q "Non-2xx" <<< "$report"; then
        echo "unblock-throughput: $build answered errors:" >&2; echo "$report" >&2; exit 1
    fi
    requests=$(awk '/requests in/ {print $1}' <<< "$report")
    awk -v r="$requests" -v d="$duration" -v t="$((after - before))" -v hz="$clock_ticks" \
        'BEGIN { printf "%.0f %.1f\n", r / d, t / hz * 1e6 / r }'
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg); warm-up ${warmup}s, then wrk -t1 -c16 -d${duration}s, $rounds rounds"
printf '%-6s %-9s %12s %16s\n' round build "requests/s" "server CPU/req"
: > "$work/new" ; : > "$work/base"
for round in $(seq 1 "$rounds"); do
    if [[ -n $baseline ]]; then
        measure "$baseline" > "$work/result"; read -r rps cpu < "$work/result"
        printf '%-6s %-9s %12s %13s us\n' "$round" baseline "$rps" "$cpu"
        echo "$rps $cpu" >> "$work/base"
    fi
    measure "$jar" > "$work/result"; read -r rps cpu < "$work/result"
    printf '%-6s %-9s %12s %13s us\n' "$round" new "$rps" "$cpu"
    echo "$rps $cpu" >> "$work/new"
done
new_rps=$(cut -d' ' -f1 "$work/new" | median); new_cpu=$(cut -d' ' -f2 "$work/new" | median)
echo "median new: $new_rps requests/s, $new_cpu us server CPU per request"
if [[ -n $baseline ]]; then
    base_rps=$(cut -d' ' -f1 "$work/base" | median); base_cpu=$(cut -d' ' -f2 "$work/base" | median)
    echo "median baseline: $base_rps requests/s, $base_cpu us server CPU per request"
    awk -v n="$new_rps" -v b="$base_rps" -v nc="$new_cpu" -v bc="$base_cpu" \
        'BEGIN { printf "new/baseline: throughput %.3f, CPU per request %.3f\n", n / b, nc / bc }'
fi
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
