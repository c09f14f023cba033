# shellcheck shell=bash disable=SC2034  # JAR, CP and the PG_ variables are for the scripts that source this
# Functions the benchmark scripts share; sourced, not run. The caller defines log and die, sets
# JAVA, and runs in the repository root with a temporary directory of its own.

# bench_copy_build TMP CHECK_DIR: resolves the test classpath and copies the build to TMP/build,
# so that a rebuild of target/ during a benchmark changes nothing; sets JAR and CP (the Java bench
# tools are compiled with the tests). CHECK_DIR is a directory of target/test-classes that must
# exist, such as dev/usersapi/bench.
bench_copy_build() {
    local tmp=$1 check=$2
    [[ -f target/users-api-server.jar && -d target/test-classes/$check ]] \
        || die "target/users-api-server.jar or the compiled bench classes are missing; run without --skip-build"
    mvn -B -q org.apache.maven.plugins:maven-dependency-plugin:3.9.0:build-classpath \
        -Dmdep.includeScope=test -Dmdep.outputFile="$tmp/classpath.txt" >"$tmp/classpath.log" 2>&1 \
        || { cat "$tmp/classpath.log" >&2; die "cannot resolve the test classpath"; }
    mkdir -p "$tmp/build"
    cp target/users-api-server.jar "$tmp/build/users-api-server.jar"
    cp -r target/classes "$tmp/build/classes"
    cp -r target/test-classes "$tmp/build/test-classes"
    JAR=$tmp/build/users-api-server.jar
    CP="$tmp/build/test-classes:$tmp/build/classes:$(cat "$tmp/classpath.txt")"
}

PG_PID=""
PG_DATA=""
PG_URL=""
PG_SETTINGS=""

# bench_postgres_start DIR DURABILITY DATABASES: starts PostgreSQL with dev.usersapi.bench.BenchPostgres
# (needs CP), its stdin on a FIFO held open by fd 3, and waits until it is ready; sets PG_PID,
# PG_DATA, PG_URL (jdbc:postgresql://localhost:PORT/) and PG_SETTINGS. Returns 1 if it did not start.
bench_postgres_start() {
    local dir=$1 durability=$2 databases=$3
    mkdir -p "$dir"
    mkfifo "$dir/control"
    "$JAVA" -cp "$CP" dev.usersapi.bench.BenchPostgres --data-dir "$dir/data" --durability "$durability" \
        --databases "$databases" <"$dir/control" >"$dir/launcher.out" 2>"$dir/launcher.log" &
    PG_PID=$!
    exec 3>"$dir/control"
    for _ in $(seq 1 240); do
        if grep -q '^READY ' "$dir/launcher.out"; then
            PG_URL=$(sed -n 's/^READY //p' "$dir/launcher.out")
            PG_SETTINGS=$(sed -n 's/^setting //p' "$dir/launcher.out" | paste -sd' ')
            PG_DATA=$dir/data
            return 0
        fi
        kill -0 "$PG_PID" 2>/dev/null || break
        sleep 0.5
    done
    tail -30 "$dir/launcher.log" >&2
    return 1
}

# bench_postgres_stop: stops the PostgreSQL bench_postgres_start started, if any.
bench_postgres_stop() {
    [[ -n $PG_PID ]] || return 0
    exec 3>&- || true   # end of input: BenchPostgres stops PostgreSQL and deletes its data directory
    for _ in $(seq 1 120); do
        kill -0 "$PG_PID" 2>/dev/null || break
        sleep 0.5
    done
    if kill -0 "$PG_PID" 2>/dev/null; then
        kill "$PG_PID" 2>/dev/null || true   # its shutdown hook still stops the postmaster
    fi
    wait "$PG_PID" 2>/dev/null || true
    PG_PID=""
    PG_DATA=""
}

# bench_postgres_ticks: clock ticks (user + system) PostgreSQL has used so far: the postmaster, the
# children it has reaped, and its live children. Empty when no PostgreSQL was started.
bench_postgres_ticks() {
    [[ -n $PG_DATA && -f $PG_DATA/postmaster.pid ]] || return 0
    local postmaster ticks=0 pid fields
    postmaster=$(head -1 "$PG_DATA/postmaster.pid")
    read -r -a fields < <(sed 's/^.*) //' "/proc/$postmaster/stat")
    # after "pid (comm) ", utime, stime, cutime and cstime are the 12th to 15th fields
    ticks=$((fields[11] + fields[12] + fields[13] + fields[14]))
    for pid in $(pgrep -P "$postmaster" || true); do
        read -r -a fields < <(sed 's/^.*) //' "/proc/$pid/stat" 2>/dev/null || echo "")
        [[ ${#fields[@]} -gt 13 ]] && ticks=$((ticks + fields[11] + fields[12]))
    done
    echo "$ticks"
}

# bench_cycle_lua FILE KEY: writes a wrk script that sends one request per call, cycling through
# the users u00000.. in order (each wrk thread has its own counter), with the API key KEY. The
# requests are formatted once, in init, so that wrk spends as little CPU as it can. Run it as
#   wrk ... -s FILE URL -- METHOD SUFFIX USERS      (SUFFIX: /unblock, or "" for a read)
bench_cycle_lua() {
    local file=$1 key=$2
    cat >"$file" <<EOF
-- wrk ... -s cycle.lua URL -- METHOD SUFFIX USERS
local requests = {}
local count = 0
local next_index = 0

function init(args)
    local method, suffix = args[1], args[2] or ""
    count = tonumber(args[3])
    local headers = { ["X-API-KEY"] = "$key", ["Accept"] = "application/json" }
    for i = 0, count - 1 do
        requests[i] = wrk.format(method, string.format("/api/users/u%05d%s", i, suffix), headers, nil)
    end
end

function request()
    local r = requests[next_index]
    next_index = (next_index + 1) % count
    return r
end
EOF
}

# bench_free_port: a TCP port on 127.0.0.1 that nothing listens on, below Linux's ephemeral range
# (32768-60999), where an outgoing connection may hold the port.
bench_free_port() {
    local port
    while true; do
        port=$((20000 + RANDOM % 12000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return; fi
    done
}

# bench_cpu_ticks PID: clock ticks (user + system) the process has used so far: fields 14 and 15 of
# /proc/PID/stat, read after its "pid (comm) " so that a command name with spaces cannot shift them.
bench_cpu_ticks() {
    local fields
    read -r -a fields < <(sed 's/^.*) //' "/proc/$1/stat")
    echo $((fields[11] + fields[12]))
}

# bench_parse_wrk REPORT: reads the output of `wrk --latency` and prints
# "requests rps p50_ms p99_ms non2xx socket_errors" (socket errors: connect + read + write + timeout).
bench_parse_wrk() {
    awk '
        function ms(v,   n, unit) {
            n = v + 0; unit = v; sub(/^[0-9.]+/, "", unit)
            if (unit == "us") return n / 1000
            if (unit == "ms") return n
            if (unit == "s") return n * 1000
            if (unit == "m") return n * 60000
            if (unit == "h") return n * 3600000
            return -1
        }
        $1 == "50%" { p50 = ms($2) }
        $1 == "99%" { p99 = ms($2) }
        / requests in / { requests = $1 }
        /^Requests\/sec:/ { rps = $2 }
        /Non-2xx or 3xx responses:/ { non2xx = $NF }
        /Socket errors:/ { gsub(/,/, ""); socket = $4 + $6 + $8 + $10 }
        END { printf "%d %.1f %.3f %.3f %d %d\n", requests, rps, p50, p99, non2xx, socket }
    ' "$1"
}

# bench_build TMP: `mvn -B -q -DskipTests package` (the jar, and the bench classes in
# target/test-classes), its output in TMP/build.log, shown and fatal if it fails.
bench_build() {
    mvn -B -q -DskipTests package >"$1/build.log" 2>&1 || { tail -40 "$1/build.log" >&2; die "build failed"; }
}

# bench_stop PID: ends the process: TERM, up to 30 s to exit, then KILL; reaps it if it is a child.
bench_stop() {
    local pid=$1
    if kill -0 "$pid" 2>/dev/null; then
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 1 60); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.5
        done
        kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null
    fi
    wait "$pid" 2>/dev/null || true
}
