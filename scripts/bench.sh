#!/usr/bin/env bash
# Measures what users feel: the app's transfer sizes (what a phone downloads on first open).
# Prints figures; it does not pass or fail on speed, only on the phone's first-load budget
# (120 KB brotli), which it compares with the floor: a minimal Yew app built here the same way.
set -euo pipefail
source "$(dirname "$0")/lib/tools.sh"
source "$(dirname "$0")/lib/wasm.sh"
cd "$ROOT"
ensure_system_libraries
"$ROOT/scripts/build-frontend.sh"
say "building the floor: a minimal Yew app (bench/yew-floor), same profile, wasm-bindgen and wasm-opt"
floor="$ROOT/target/yew-floor"
cargo build --quiet --release --target wasm32-unknown-unknown --manifest-path "$ROOT/bench/yew-floor/Cargo.toml" \
  --target-dir "$floor/build"
rm -rf "$floor/out"
wasm-bindgen --target web --no-typescript --out-dir "$floor/out" --out-name floor \
  "$floor/build/wasm32-unknown-unknown/release/yew_floor.wasm"
optimise "$floor/out/floor_bg.wasm"
say "transfer sizes of the built app"
# Over budget is reported at the end, after the other figures, so one number does not hide the rest.
size_status=0
node "$ROOT/scripts/bench-size.mjs" dist "$floor/out" || size_status=$?
say "where the first load's wasm goes, by crate (a copy of the shell optimised the same way, names kept)"
named="$ROOT/target/frontend-named"
rm -rf "$named"
wasm-bindgen --target web --no-typescript --keep-lld-exports --keep-debug --out-dir "$named" --out-name tandem \
  "$ROOT/target/frontend-split/main.wasm"
wasm-opt -Oz --converge --low-memory-unused -g --strip-producers "${WASM_FEATURES[@]}" "$named/tandem_bg.wasm" -o "$named/named.wasm"
node "$ROOT/scripts/bench-crates.mjs" "$named/named.wasm" 30
cargo build --quiet --release -p tandem-backend --bin tandem
ensure_node_tools
ensure_chromium
ensure_lighthouse
say "Lighthouse on a phone's first open of /join and /: the app (release server) and the floor"
TANDEM_BIN="$ROOT/target/release/tandem" node "$ROOT/scripts/bench-lighthouse.mjs" "$floor/out"
say "200 phones join and score one session (release server, real HTTP API)"
TANDEM_BIN="$ROOT/target/release/tandem" node "$ROOT/scripts/bench-sessions.mjs"
say "a plan growing to 1,000 versions (release server, real HTTP API)"
TANDEM_BIN="$ROOT/target/release/tandem" node "$ROOT/scripts/bench-plans.mjs"
say "50,000 queued events relayed to a local case record (release build, SQLite)"
cargo run --quiet --release -p tandem-backend --example relay_bench
say "one reminder pushed to 10,000 phones through a local push service that verifies and decrypts (release build, SQLite)"
cargo run --quiet --release -p tandem-backend --example push_bench
say "10,000 survey responses: storing them, then results, CSV and FHIR over them; then 100,000 exported by the server binary (release build, SQLite)"
TANDEM_BIN="$ROOT/target/release/tandem" cargo run --quiet --release -p tandem-backend --example survey_bench
say "a ballot burst: 100,000 votes through the real HTTP API (release build, SQLite)"
cargo run --quiet --release -p tandem-backend --example ballot_bench
if [ "$size_status" -ne 0 ]; then
  say "the phone's first load is over its 120 KB brotli budget (figures above)"
  exit "$size_status"
fi
