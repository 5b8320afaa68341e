#!/usr/bin/env bash
# Builds the PWA into dist/: size-optimised wasm (wasm-opt -Oz), content-hashed file names,
# a generated precache list in sw.js, and precompressed copies.
set -euo pipefail
source "$(dirname "$0")/lib/tools.sh"
cd "$ROOT"
ensure_build_tools

say "building the frontend (wasm, release)"
cargo build --quiet -p tandem-frontend --lib --target wasm32-unknown-unknown --profile wasm-release
out="$ROOT/target/frontend-bindgen"
rm -rf "$out"
wasm-bindgen --target web --no-typescript --out-dir "$out" --out-name tandem \
  "$ROOT/target/wasm32-unknown-unknown/wasm-release/tandem_frontend.wasm"
# Exactly the features rustc emits for wasm32-unknown-unknown: enabling all of them lets
# wasm-opt use instructions browsers may not run (an --all-features build failed in Chromium).
wasm-opt -Oz --strip-debug --strip-producers \
  --enable-bulk-memory --enable-bulk-memory-opt --enable-call-indirect-overlong \
  --enable-mutable-globals --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-reference-types --enable-multivalue \
  "$out/tandem_bg.wasm" -o "$out/tandem_bg.wasm"
node "$ROOT/scripts/assemble-dist.mjs" "$out" dist
