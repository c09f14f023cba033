#!/usr/bin/env bash
# Measures how long the packaged server takes from launch to its first served request.
#
#   src/bench/startup-time.sh [RUNS]          (default 5; after 'mvn -B -DskipTests package')
#
# Each run starts `java -jar target/users-api-server.jar` in a fresh temporary working directory on
# the embedded default database with the demo seed, polls GET /api/users/dave-not-blocked with curl
# until it answers 200, and stops the server with SIGTERM ("first start": the database is created
# and migrated, the seed inserted). It then starts the server again in the same directory
# ("restart": the database exists, the usual case) and measures the same way.
# Prints every run and, per case, the median and the maximum in milliseconds of wall-clock time,
# and of the CPU time (user + system) the JVM had used by then: on a busy machine the wall-clock
# time mostly measures the other processes, the CPU time much less so.
#
# Environment: JAR (default target/users-api-server.jar), JAVA (default java on the PATH),
# JAVA_OPTS (JVM options, e.g. "-XX:SharedArchiveFile=..."), POLL_INTERVAL (seconds, default 0.01).
set -euo pipefail
cd "$(dirname "$0")/../.."

runs=${1:-5}
jar=$(realpath "${JAR:-target/users-api-server.jar}")
seed=$(realpath "src/demo/users.json")
java=${JAVA:-java}
poll=${POLL_INTERVAL:-0.01}
key=startup-bench-key
read -r -a java_opts <<< "${JAVA_OPTS:-}"

[[ -f $jar ]] || { echo "startup-time: $jar is missing; run 'mvn -B -DskipTests package' first" >&2; exit 2; }
command -v curl > /dev/null || { echo "startup-time: curl is needed" >&2; exit 2; }

work=$(mktemp -d)
server=
cleanup() {
    if [[ -n $server ]] && kill -0 "$server" 2> /dev/null; then kill -9 "$server" 2> /dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

free_port() {
    local port
    while true; do
        port=$((20000 + RANDOM % 40000))
        if ! (exec 3<> "/dev/tcp/127.0.0.1/$port") 2> /dev/null; then
            echo "$port"
            return
        fi
    done
}

# Starts the server in directory $1; sets wall_ms and cpu_ms to the time until its first 200.
measure() {
    local dir=$1 port started now code
    port=$(free_port)
    started=$(date +%s%N)
    (cd "$dir" && exec "$java" "${java_opts[@]}" -jar "$jar" --port "$port" --seed "$seed" --api-key "$key" \
        > "$dir/server.out" 2>> "$dir/server.log") &
    server=$!
    while true; do
        code=$(curl -s -o /dev/null -w '%{http_code}' -H "X-API-KEY: $key" \
            "http://127.0.0.1:$port/api/users/dave-not-blocked" || true)
        now=$(date +%s%N)
        if [[ $code == 200 ]]; then
            cpu_ms=$(awk -v hz="$(getconf CLK_TCK)" '{printf "%d", ($14 + $15) * 1000 / hz}' "/proc/$server/stat")
            break
        fi
        if ! kill -0 "$server" 2> /dev/null; then
            echo "startup-time: the server exited before answering; its log:" >&2
            cat "$dir/server.log" >&2
            exit 1
        fi
        if (( now - started > 60000000000 )); then
            echo "startup-time: no answer within 60 s" >&2
            exit 1
        fi
        sleep "$poll"
    done
    wall_ms=$(( (now - started) / 1000000 ))
    kill -TERM "$server"
    wait "$server" || true
    server=
}

summary() {
    local name=$1; shift
    local sorted n median
    mapfile -t sorted < <(printf '%s\n' "$@" | sort -n)
    n=${#sorted[@]}
    if (( n % 2 == 1 )); then
        median=${sorted[n / 2]}
    else
        median=$(( (sorted[n / 2 - 1] + sorted[n / 2]) / 2 ))
    fi
    printf '%-12s median %5d ms   max %5d ms   (runs: %s)\n' "$name" "$median" "${sorted[n - 1]}" "$*"
}

first=() first_cpu=() restart=() restart_cpu=()
for ((i = 1; i <= runs; i++)); do
    dir="$work/run-$i"
    mkdir -p "$dir"
    measure "$dir"
    first+=("$wall_ms") first_cpu+=("$cpu_ms")
    measure "$dir"
    restart+=("$wall_ms") restart_cpu+=("$cpu_ms")
    echo "run $i: first start ${first[-1]} ms (cpu ${first_cpu[-1]} ms), restart ${restart[-1]} ms (cpu ${restart_cpu[-1]} ms)" >&2
done
echo "startup-time: launch of java -jar $(basename "$jar") ${JAVA_OPTS:+($JAVA_OPTS) }to first 200, $runs runs," \
    "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
summary "first start" "${first[@]}"
summary "  its cpu" "${first_cpu[@]}"
summary "restart" "${restart[@]}"
summary "  its cpu" "${restart_cpu[@]}"
