#!/usr/bin/env bash
# Runs every test: formatting (cargo fmt --check), host unit and integration tests (domain,
# backend on real SQLite), the backend's API tests again on a throwaway PostgreSQL (installed
# when missing), clippy with the workspace lints, the frontend's wasm tests in headless Chromium, the end-to-end
# tests (real server binary, real built PWA, Debian's Chromium) and Schemathesis fuzzing the real
# binary against its own OpenAPI document. Installs what is missing.
# Ends with one line: "N passed, M failed".
set -uo pipefail
source "$(dirname "$0")/lib/tools.sh"
cd "$ROOT"
set -e
ensure_build_tools
ensure_chromium
set +e

log="$(mktemp)"
failed_stages=()

stage() {
  local name="$1"
  shift
  say "$name"
  "$@" 2>&1 | tee -a "$log"
  local status=${PIPESTATUS[0]}
  if [ "$status" -ne 0 ]; then
    failed_stages+=("$name")
  fi
}

stage "formatting (cargo fmt --check)" cargo fmt --all -- --check
stage "lints (clippy, warnings are errors)" bash -c '
  cargo clippy --quiet -p tandem-domain -p tandem-backend --all-targets -- -D warnings &&
  cargo clippy --quiet -p tandem-frontend --target wasm32-unknown-unknown --all-targets -- -D warnings &&
  cargo clippy --quiet -p tandem-frontend --target wasm32-unknown-unknown --all-targets --features staff -- -D warnings &&
  cargo clippy --quiet -p tandem-frontend --target wasm32-unknown-unknown --lib --features split -- -D warnings &&
  cargo clippy --quiet -p tandem-frontend --target wasm32-unknown-unknown --lib --features prerender -- -D warnings'
stage "domain and backend tests" env -u TANDEM_TEST_POSTGRES_URL cargo test -p tandem-domain -p tandem-backend
# The same API tests on the second engine: each test gets its own database on a cluster made
# (and removed) here. Started outside `stage` so its TANDEM_TEST_POSTGRES_URL reaches cargo.
trap stop_test_postgres EXIT
say "starting a throwaway PostgreSQL"
if ensure_postgres && start_test_postgres; then
  stage "backend API tests on PostgreSQL" cargo test -p tandem-backend --test api
else
  failed_stages+=("PostgreSQL setup")
fi
stop_test_postgres
stage "message files (every id the code names, translations' variables)" bash -c 'cd tests && node --test unit/'
stage "frontend tests (wasm, headless Chromium)" bash -c '
  cd frontend && CHROMEDRIVER="$(command -v chromedriver)" cargo test --target wasm32-unknown-unknown --lib --features staff'
stage "building the app for the end-to-end tests" bash -c '
  ./scripts/build-frontend.sh && cargo build --quiet -p tandem-backend --bin tandem'
stage "end-to-end tests (headless Chromium)" bash -c 'cd tests && node --test --test-concurrency=1 e2e/'
stage "API schema fuzzing (Schemathesis, signed out and as each role)" bash -c '
  source scripts/lib/tools.sh && ensure_schemathesis && python3 tests/fuzz/run.py'

# Cargo and wasm-bindgen print "test result: ... N passed; M failed"; node prints "# pass N".
passed=$(( $(grep -Eo '[0-9]+ passed' "$log" | awk '{s+=$1} END {print s+0}') + $(grep -E '^# pass [0-9]+' "$log" | awk '{s+=$3} END {print s+0}') ))
failed=$(( $(grep -Eo '[0-9]+ failed' "$log" | awk '{s+=$1} END {print s+0}') + $(grep -E '^# fail [0-9]+' "$log" | awk '{s+=$3} END {print s+0}') ))
rm -f "$log"
if [ ${#failed_stages[@]} -gt 0 ]; then
  echo "Failed stages: ${failed_stages[*]}"
  [ "$failed" -gt 0 ] || failed=${#failed_stages[@]}
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ ${#failed_stages[@]} -eq 0 ]
