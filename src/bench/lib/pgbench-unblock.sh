#!/usr/bin/env bash
# shellcheck shell=bash
# The PostgreSQL floor of the request-path benchmark: pgbench running the server's own audited
# unblock, the single statement of PostgresDialect.UNBLOCK (lock the row FOR UPDATE, the retry
# check, clear the lockout, insert the audit event, return the user), with no HTTP, no JDBC and no server around it,
# so that the server's figures on PostgreSQL can be read as a fraction of what the database itself
# does in the same run. The database must already have the server's schema and its users u00000..
# (the benchmark loads them through the server).
#
# Run:     src/bench/lib/pgbench-unblock.sh --url URL --clients N --seconds S [--warmup S]
#                                           [--users N] [--user NAME] [--pg-data DIR]
# Source:  bench_pgbench_unblock URL CLIENTS SECONDS [WARMUP] [USERS]   (after bench-common.sh: when
#          bench_postgres_start started the PostgreSQL, its CPU is measured through PG_DATA)
#
# URL is the server's jdbc:postgresql://HOST:PORT/DB or a libpq URL (postgresql://...); query
# parameters only JDBC knows are not understood. The role is --user, else PGUSER, else postgres;
# a password comes from PGPASSWORD or ~/.pgpass. CLIENTS is pgbench's connections (-c), run by one
# pgbench thread as wrk runs with one; each transaction is the statement on a uniformly random user
# of the first USERS (default 10000), prepared once per connection (-M prepared) as the server's
# driver does. WARMUP (default 10) seconds of the same load come first, not counted.
#
# Prints one line:
#   RESULT engine=pgbench clients=N seconds=S tx=T tps=X p50_us=.. p99_us=.. failed=F events=E
#          pg_cpu_us_per_tx=C
# tps is pgbench's (without the connection time); p50 and p99 come from its per-transaction log;
# events is how many audit events the measured run added (one per transaction, else something
# went wrong); pg_cpu_us_per_tx is the CPU time (user + system) of the postmaster and all its
# processes over the run, per transaction, or - when the data directory is not known.
#
# pgbench is not in zonky's embedded PostgreSQL (its bundle has initdb, pg_ctl and postgres only);
# it comes with Debian's PostgreSQL server package (postgresql-15 on bookworm, which the machines
# and CI have), and psql with postgresql-client-15. PGBENCH and PSQL name other binaries.

# bench_pgbench_unblock URL CLIENTS SECONDS [WARMUP] [USERS]: runs the load and prints the RESULT
# line; returns 1 (with pgbench's or psql's words on stderr) when it could not.
bench_pgbench_unblock() {
    local url=$1 clients=$2 seconds=$3 warmup=${4:-10} users=${5:-10000}
    local pgbench psql conninfo dir found before_events after_events before_ticks="" after_ticks="" hz
    local role=${PGUSER:-postgres}
    pgbench=$(pgbench_unblock_tool pgbench "${PGBENCH:-}") || return 1
    psql=$(pgbench_unblock_tool psql "${PSQL:-}") || return 1
    conninfo=${url#jdbc:}
    dir=$(mktemp -d "${TMPDIR:-/tmp}/pgbench-unblock.XXXXXX")

    # Without the users every statement would find no row and still count as a transaction.
    found=$(PGUSER=$role "$psql" -XAtq -d "$conninfo" -c "SELECT count(*) FROM users WHERE user_id IN
        (SELECT 'u' || lpad(i::text, 5, '0') FROM generate_series(0, $users - 1) AS i)" 2>"$dir/psql.log") \
        || { cat "$dir/psql.log" >&2; rm -rf "$dir"; return 1; }
    if [[ $found != "$users" ]]; then
        echo "pgbench-unblock: $found of the $users users u00000.. are in the database" >&2
        rm -rf "$dir"
        return 1
    fi

    # PostgresDialect.UNBLOCK with its parameters made in SQL: the epoch second, a request id of
    # 32 hex digits, and an event id that is a UUID version 7 as the server's EventIds makes (the
    # time in milliseconds first, so the primary key grows at its end; gen_random_uuid() gives the
    # random bits and the variant, set_bit the version 7).
    cat >"$dir/unblock.sql" <<'EOF'
\set i random(0, :users - 1)
WITH params AS (
    SELECT 'u' || lpad(:i::text, 5, '0') AS user_id, md5(random()::text) AS request_id,
           floor(extract(epoch FROM now()))::bigint AS now_s
), before AS (
    SELECT u.user_id, u.disabled, u.creation_time, u.last_updated, u.block_until, u.failure_count,
           u.sign_in_attempts_count, u.last_sign_in_attempt, u.last_sign_in_attempt_ip, u.sign_in_success_count,
           u.last_sign_in_success, u.last_sign_in_success_ip, u.last_activity, u.profile
      FROM users AS u, params AS p
     WHERE u.user_id = p.user_id
       FOR UPDATE OF u
), replay AS (
    SELECT EXISTS (SELECT 1 FROM audit_events AS e, params AS p
                    WHERE e.user_id = p.user_id AND e.request_id = p.request_id) AS seen
), after AS (
    UPDATE users AS u
       SET block_until = NULL,
           failure_count = 0,
           last_updated = CASE WHEN b.block_until IS NULL AND b.failure_count = 0
                               THEN b.last_updated ELSE p.now_s END
      FROM before AS b, replay AS r, params AS p
     WHERE u.user_id = b.user_id AND NOT r.seen
 RETURNING u.last_updated
), event AS (
    INSERT INTO audit_events (event_id, type, user_id, actor_key_id, request_id, occurred_at,
                              previous_block_until, previous_failure_count, outcome)
    SELECT encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid())
                      PLACING substring(int8send((extract(epoch FROM clock_timestamp()) * 1000)::bigint) FROM 3)
                      FROM 1 FOR 6), 52, 1), 53, 1), 'hex')::uuid,
           'user_account_unblocked', b.user_id, 'pgbench', p.request_id, p.now_s,
           b.block_until, b.failure_count,
           CASE WHEN b.block_until IS NULL AND b.failure_count = 0 THEN 'not_blocked' ELSE 'cleared' END
      FROM before AS b, replay AS r, params AS p
     WHERE NOT r.seen
)
SELECT b.user_id, b.disabled, b.creation_time, b.last_updated, b.block_until, b.failure_count,
       b.sign_in_attempts_count, b.last_sign_in_attempt, b.last_sign_in_attempt_ip,
       b.sign_in_success_count, b.last_sign_in_success, b.last_sign_in_success_ip, b.last_activity,
       b.profile, a.last_updated, r.seen
  FROM before AS b CROSS JOIN replay AS r LEFT JOIN after AS a ON true;
EOF
    local common=(-n -M prepared -f "$dir/unblock.sql" -D "users=$users" -c "$clients" -j 1)
    if ((warmup > 0)); then
        PGUSER=$role "$pgbench" "${common[@]}" -T "$warmup" "$conninfo" >"$dir/warmup.txt" 2>&1 \
            || { cat "$dir/warmup.txt" >&2; rm -rf "$dir"; return 1; }
    fi
    before_events=$(PGUSER=$role "$psql" -XAtq -d "$conninfo" -c "SELECT count(*) FROM audit_events") || { rm -rf "$dir"; return 1; }
    declare -F bench_postgres_ticks >/dev/null && before_ticks=$(bench_postgres_ticks)
    PGUSER=$role "$pgbench" "${common[@]}" -T "$seconds" -l --log-prefix "$dir/tx" "$conninfo" >"$dir/report.txt" 2>&1 \
        || { cat "$dir/report.txt" >&2; rm -rf "$dir"; return 1; }
    # The backends have ended with the run; once the postmaster has reaped them, their CPU time is
    # in its children's.
    sleep 0.5
    declare -F bench_postgres_ticks >/dev/null && after_ticks=$(bench_postgres_ticks)
    after_events=$(PGUSER=$role "$psql" -XAtq -d "$conninfo" -c "SELECT count(*) FROM audit_events") || { rm -rf "$dir"; return 1; }
    hz=$(getconf CLK_TCK)

    # Per-transaction log lines: client_id transaction_no time_us script_no epoch_s epoch_us.
    cat "$dir"/tx.* | awk '{ print $3 }' | sort -n >"$dir/latencies"
    awk -v clients="$clients" -v seconds="$seconds" -v events=$((after_events - before_events)) \
        -v ticks="${before_ticks:+$((after_ticks - before_ticks))}" -v hz="$hz" -v latencies="$dir/latencies" '
        /^number of transactions actually processed:/ { tx = $NF; sub(/\/.*/, "", tx) }
        /^number of failed transactions:/ { failed = $5 }
        /^tps = / { tps = $3 }
        END {
            n = 0
            while ((getline v < latencies) > 0) { lat[n++] = v }
            p50 = n ? lat[int(0.50 * (n - 1) + 0.5)] : 0
            p99 = n ? lat[int(0.99 * (n - 1) + 0.5)] : 0
            cpu = (ticks == "" || tx == 0) ? "-" : sprintf("%.1f", ticks / hz * 1e6 / tx)
            printf "RESULT engine=pgbench clients=%d seconds=%d tx=%d tps=%.1f p50_us=%d p99_us=%d failed=%d events=%d pg_cpu_us_per_tx=%s\n",
                clients, seconds, tx, tps, p50, p99, failed, events, cpu
        }' "$dir/report.txt"
    rm -rf "$dir"
}

# pgbench_unblock_tool NAME [GIVEN]: the binary to run: GIVEN, else NAME on the PATH, else the
# newest Debian PostgreSQL's.
pgbench_unblock_tool() {
    local name=$1 given=${2:-} newest
    if [[ -n $given ]]; then
        echo "$given"
        return 0
    fi
    if command -v "$name" >/dev/null; then
        command -v "$name"
        return 0
    fi
    newest=$(printf '%s\n' /usr/lib/postgresql/*/bin/"$name" | sort -V | tail -1)
    if [[ -x $newest ]]; then
        echo "$newest"
        return 0
    fi
    echo "pgbench-unblock: $name is needed (Debian: postgresql-15 has pgbench, postgresql-client-15 psql)" >&2
    return 1
}

if [[ ${BASH_SOURCE[0]} == "$0" ]]; then
    set -euo pipefail
    url="" clients="" seconds="" warmup=10 users=10000
    while [[ $# -gt 0 ]]; do
        case $1 in
            --url) url=${2:?--url needs a value}; shift 2 ;;
            --clients) clients=${2:?--clients needs a value}; shift 2 ;;
            --seconds) seconds=${2:?--seconds needs a value}; shift 2 ;;
            --warmup) warmup=${2:?--warmup needs a value}; shift 2 ;;
            --users) users=${2:?--users needs a value}; shift 2 ;;
            --user) export PGUSER=${2:?--user needs a value}; shift 2 ;;
            --pg-data) PG_DATA_GIVEN=${2:?--pg-data needs a value}; shift 2 ;;
            -h | --help) sed -n '2,/^$/p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
            *) echo "pgbench-unblock: unknown option $1 (see --help)" >&2; exit 2 ;;
        esac
    done
    [[ -n $url && $clients =~ ^[0-9]+$ && $seconds =~ ^[0-9]+$ && $warmup =~ ^[0-9]+$ && $users =~ ^[0-9]+$ ]] \
        || { echo "pgbench-unblock: --url, --clients and --seconds are needed (see --help)" >&2; exit 2; }
    if [[ -n ${PG_DATA_GIVEN:-} ]]; then
        # shellcheck source=src/bench/lib/bench-common.sh
        source "$(dirname "$0")/bench-common.sh"
        PG_DATA=$PG_DATA_GIVEN
    fi
    bench_pgbench_unblock "$url" "$clients" "$seconds" "$warmup" "$users"
fi
