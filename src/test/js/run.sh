#!/usr/bin/env bash
# Node-side contract checks of api/openapi.yaml and the server jar:
#   1. Spectral lint (spectral:oas) of the spec: no errors, no warnings;
#   2. a typescript-fetch client generated from the spec (openapi-generator 7.25.0), compiled
#      with tsc --strict, and Node tests with it and with MonoCloud's @monocloud/sdk-js-core,
#      including MonoCloud's current User shape (test/monocloud-user-shape.test.ts) and listUsers;
#   3. a scenario through Prism proxies (--errors) that fails on any contract violation;
#   4. the live docs at /docs (Swagger UI) in headless Chromium: the operations render, and
#      Authorize -> Try it out -> Execute on unblockUser gets a 200 from the server; screenshots
#      in build/screenshots/.
#
# Usage, from anywhere (CI calls it from the repo root after `mvn -B verify`):
#   src/test/js/run.sh [JAR]        JAR defaults to $USERS_API_JAR, then target/users-api-server.jar;
#                                   a relative path is taken from the repo root.
# Needs Node 20.19+ with npm, Java 17+, the npm registry and Maven Central (generator jar), and
# Chromium at /usr/bin/chromium or $CHROMIUM_PATH (Debian: apt-get install chromium).
# Every stage runs even if an earlier independent one failed; the exit status is 1 if any failed.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../../.." && pwd)"
SPEC="$ROOT/api/openapi.yaml"
JAR="${1:-${USERS_API_JAR:-target/users-api-server.jar}}"
case "$JAR" in /*) ;; *) JAR="$ROOT/$JAR" ;; esac
if [[ ! -f "$JAR" ]]; then
  echo "run.sh: no server jar at $JAR: build it (mvn -B verify) or pass its path" >&2
  exit 2
fi

cd "$HERE"
LOGS="$HERE/build/logs"
started=$SECONDS
pids=()     # server and Prism instances
child=""    # the check running now, run in the background so that a signal is handled at once
failed=()

stop_all() {
  local status=$?
  if [[ -n "$child" ]]; then kill "$child" 2>/dev/null || true; fi
  for pid in "${pids[@]+"${pids[@]}"}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]+"${pids[@]}"}"; do wait "$pid" 2>/dev/null || true; done
  exit "$status"
}
trap stop_all EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

step() { printf '\n== %s (%ss)\n' "$*" "$((SECONDS - started))"; }

# check NAME COMMAND...: runs COMMAND and records NAME as failed if it fails.
check() {
  local name=$1; shift
  "$@" &
  child=$!
  if ! wait "$child"; then
    failed+=("$name")
    echo "-- FAILED: $name"
  fi
  child=""
}

# wait_for_line FILE PREFIX PID: prints what follows PREFIX in FILE once it appears (60 s at most).
wait_for_line() {
  local file=$1 prefix=$2 pid=$3 line
  for _ in $(seq 600); do
    line=$(sed 's/\x1b\[[0-9;]*m//g' "$file" 2>/dev/null | grep -m1 -o "$prefix.*" || true)
    if [[ -n "$line" ]]; then
      echo "${line#"$prefix"}" | tr -d '\r'
      return 0
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "run.sh: process $pid exited before printing '$prefix'; its output:" >&2
      tail -n 40 "$file" >&2
      return 1
    fi
    sleep 0.1
  done
  echo "run.sh: timed out waiting for '$prefix' in $file" >&2
  return 1
}

step "npm ci"
npm ci --no-audit --no-fund
rm -rf build/client build/out build/screenshots "$LOGS"
mkdir -p "$LOGS"

step "Spectral lint of api/openapi.yaml (spectral:oas; warnings fail too)"
check spectral node_modules/.bin/spectral lint --ruleset .spectral.yaml --fail-severity=warn "$SPEC"

step "Generate the typescript-fetch client (openapi-generator 7.25.0) and compile with tsc --strict"
if ! node_modules/.bin/openapi-generator-cli generate -g typescript-fetch -i "$SPEC" -o build/client \
    --additional-properties=supportsES6=true,importFileExtension=.js >"$LOGS/generator.log" 2>&1; then
  cat "$LOGS/generator.log"
  echo "run.sh: client generation failed" >&2
  exit 1
fi
grep -E '\b(WARN|ERROR)\b' "$LOGS/generator.log" || true
node_modules/.bin/tsc -p tsconfig.json
echo "compiled into build/out"

step "Start the server ($JAR)"
# The tests send some 20 requests without a valid key in seconds, from one address: a failed-
# authentication limit well above that, so that none of them is answered 429 instead.
java -jar "$JAR" --store memory --port 0 --auth-failure-limit 300 \
  --seed fixtures/users.json --api-keys fixtures/api-keys.json >"$LOGS/server.out" 2>"$LOGS/server.log" &
server_pid=$!
pids+=("$server_pid")
USERS_API_URL=$(wait_for_line "$LOGS/server.out" 'Users API server listening on ' "$server_pid")
export USERS_API_URL
echo "server at $USERS_API_URL"

# Prism starts while the Node tests run; both proxy to the same server.
node_modules/.bin/prism proxy "$SPEC" "$USERS_API_URL" --errors --port 0 >"$LOGS/prism.log" 2>&1 &
prism_pid=$!
pids+=("$prism_pid")
node_modules/.bin/prism proxy "$SPEC" "$USERS_API_URL" --errors --validate-request=false --port 0 \
  >"$LOGS/prism-lenient.log" 2>&1 &
lenient_pid=$!
pids+=("$lenient_pid")

step "Node tests: generated client and sdk-js-core subclass against the server"
check node-tests node --test --test-reporter=spec \
  build/out/test/generated-client.test.js build/out/test/sdk-core-client.test.js \
  build/out/test/monocloud-user-shape.test.js

step "Prism proxy scenario (--errors): every documented response, zero violations"
PRISM_URL=$(wait_for_line "$LOGS/prism.log" 'Prism is listening on ' "$prism_pid")
PRISM_LENIENT_URL=$(wait_for_line "$LOGS/prism-lenient.log" 'Prism is listening on ' "$lenient_pid")
echo "Prism at $PRISM_URL, Prism without request validation at $PRISM_LENIENT_URL"
export PRISM_URL PRISM_LENIENT_URL PRISM_LOGS="$LOGS/prism.log:$LOGS/prism-lenient.log"
check prism node build/out/prism/scenario.js

step "Swagger UI at /docs in headless Chromium (screenshots in build/screenshots)"
check docs-ui node --test --test-reporter=spec build/out/browser/docs-ui.test.js

step "Done"
if ! kill -0 "$server_pid" 2>/dev/null; then
  failed+=("server-died")
fi
if ((${#failed[@]} > 0)); then
  if [[ " ${failed[*]} " == *" node-tests "* || " ${failed[*]} " == *" docs-ui "* || " ${failed[*]} " == *" server-died "* ]]; then
    echo "-- last lines of the server log ($LOGS/server.log):"
    tail -n 30 "$LOGS/server.log"
  fi
  echo "run.sh: FAILED: ${failed[*]} (logs in $LOGS)"
  exit 1
fi
echo "run.sh: all checks passed in $((SECONDS - started)) s"
