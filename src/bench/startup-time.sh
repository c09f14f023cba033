#!/usr/bin/env bash
# Measures how long the packaged server takes from launch to its first served request.
#
#   src/bench/startup-time.sh [RUNS]          (default 5; after 'mvn -B -DskipTests package')
#
# Two launches are measured, each RUNS times:
#   - "no archive": plain `java -jar target/users-api-server.jar`;
#   - "archive": the same after a training run (`training-run`) made a class archive for this JVM,
#     as the README's "Start-up time" section tells operators to: an AOT cache
#     (-XX:AOTCacheOutput / -XX:AOTCache) on Java 25 and later, a dynamic CDS archive
#     (-XX:ArchiveClassesAtExit / -XX:SharedArchiveFile) before.
# and for each, two starts on the embedded default database:
#   - "first start": a fresh working directory with --seed src/demo/users.json (the database is
#     created and migrated, the seed inserted);
#   - "restart": the same directory again without --seed, as a server restarts in production.
# The time runs from the launch to the first 200 of GET /api/users/dave-not-blocked; the CPU time
# is what the JVM had used by then.
#
# The probe must not compete with the server for the CPU (on 2 cores, a curl, a date and a sleep
# process every 10 ms cost the server about a third of a second): it waits for the port with bash's
# own /dev/tcp, $EPOCHREALTIME and `read -t`, which start no process, and only then asks with curl.
#
# Environment: JAR (default target/users-api-server.jar), JAVA (default java on the PATH),
# JAVA_OPTS (more JVM options for every launch).
set -euo pipefail
cd "$(dirname "$0")/../.."

runs=${1:-5}
jar=$(realpath "${JAR:-target/users-api-server.jar}")
seed=$(realpath "src/demo/users.json")
java=${JAVA:-java}
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

# A descriptor that never has data: `read -t` on it waits without starting a process.
exec 9<> <(:)
pause() { read -r -t "$1" -u 9 || true; }

# Below Linux's ephemeral range (32768-60999), where an outgoing connection may hold the port.
free_port() {
    local port
    while true; do
        port=$((20000 + RANDOM % 12000))
        if ! (exec 3<> "/dev/tcp/127.0.0.1/$port") 2> /dev/null; then
            echo "$port"
            return
        fi
    done
}

java_major() {
    "$java" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ {print $2}'
}

# Starts the server in directory $1 with JVM options $2 and server options $3...; sets wall_ms and
# cpu_ms to the time until its first 200.
measure() {
    local dir=$1 jvm=$2 port started now code
    shift 2
    port=$(free_port)
    local -a jvm_opts=()
    [[ -n $jvm ]] && read -r -a jvm_opts <<< "$jvm"
    started=${EPOCHREALTIME/[.,]/}
    (cd "$dir" && exec "$java" "${java_opts[@]}" "${jvm_opts[@]}" -jar "$jar" --port "$port" --api-key "$key" "$@" \
        > "$dir/server.out" 2>> "$dir/server.log") &
    server=$!
    while true; do
        if { : <> "/dev/tcp/127.0.0.1/$port"; } 2> /dev/null; then
            code=$(curl -s -o /dev/null -w '%{http_code}' -H "X-API-KEY: $key" \
                "http://127.0.0.1:$port/api/users/dave-not-blocked" || true)
        else
            code=000
        fi
        now=${EPOCHREALTIME/[.,]/}
        if [[ $code == 200 ]]; then
            cpu_ms=$(awk -v hz="$(getconf CLK_TCK)" '{printf "%d", ($14 + $15) * 1000 / hz}' "/proc/$server/stat")
            break
        fi
        if ! kill -0 "$server" 2> /dev/null; then
            echo "startup-time: the server exited before answering; its log:" >&2
            cat "$dir/server.log" >&2
            exit 1
        fi
        if (( now - started > 60000000 )); then
            echo "startup-time: no answer within 60 s" >&2
            exit 1
        fi
        pause 0.005
    done
    wall_ms=$(( (now - started) / 1000 ))
    kill -TERM "$server"
    wait "$server" || true
    server=
    if grep -Eiq 'warn|error' "$dir/server.log"; then
        echo "startup-time: the server warned at start-up; its log:" >&2
        cat "$dir/server.log" >&2
        exit 1
    fi
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
    printf '%-28s median %5d ms   max %5d ms   (runs: %s)\n' "$name" "$median" "${sorted[n - 1]}" "$*"
}

# Measures RUNS first starts and restarts with JVM options $2; prints them under label $1.
measure_launch() {
    local label=$1 jvm=$2 i dir
    local -a first=() first_cpu=() restart=() restart_cpu=()
    for ((i = 1; i <= runs; i++)); do
        dir="$work/$label-$i"
        mkdir -p "$dir"
        measure "$dir" "$jvm" --seed "$seed"
        first+=("$wall_ms") first_cpu+=("$cpu_ms")
        measure "$dir" "$jvm"
        restart+=("$wall_ms") restart_cpu+=("$cpu_ms")
        echo "$label run $i: first start ${first[-1]} ms (cpu ${first_cpu[-1]} ms)," \
            "restart ${restart[-1]} ms (cpu ${restart_cpu[-1]} ms)" >&2
    done
    results+=("$(summary "$label, first start" "${first[@]}")")
    results+=("$(summary "  its cpu" "${first_cpu[@]}")")
    results+=("$(summary "$label, restart" "${restart[@]}")")
    results+=("$(summary "  its cpu" "${restart_cpu[@]}")")
}

major=$(java_major)
archive="$work/users-api-server.archive"
if (( ${major%%.*} >= 25 )); then
    make_archive="-XX:AOTCacheOutput=$archive" use_archive="-XX:AOTCache=$archive"
else
    make_archive="-XX:ArchiveClassesAtExit=$archive" use_archive="-XX:SharedArchiveFile=$archive"
fi
echo "startup-time: training run with $make_archive" >&2
(cd "$work" && "$java" "${java_opts[@]}" "$make_archive" -jar "$jar" training-run > "$work/training.out" 2> "$work/training.log") \
    || { echo "startup-time: the training run failed; its log:" >&2; cat "$work/training.log" >&2; exit 1; }
[[ -s $archive ]] || { echo "startup-time: the training run wrote no archive; its log:" >&2; cat "$work/training.log" >&2; exit 1; }

results=()
measure_launch "no archive" ""
measure_launch "archive" "$use_archive"
echo "startup-time: launch of $(basename "$jar") on Java $major ${JAVA_OPTS:+($JAVA_OPTS) }to first 200," \
    "$runs runs, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%s\n' "${results[@]}"
