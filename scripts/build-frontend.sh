#!/usr/bin/env bash
# Builds the PWA into dist/: size-optimised wasm (wasm-opt -Oz), content-hashed file names,
# a generated precache list in sw.js, and precompressed copies.
set -euo pipefail
source "$(dirname "$0")/lib/tools.sh"
cd "$ROOT"
ensure_build_tools

# Builds one of the app's two builds into target/frontend-bindgen/<name>.
build_one() {
  local name="$1" target_dir="$2"
  shift 2
  say "building the frontend: $name (wasm, release)"
  cargo build --quiet -p tandem-frontend --lib --target wasm32-unknown-unknown --profile wasm-release \
    --target-dir "$target_dir" "$@"
  local out="$ROOT/target/frontend-bindgen/$name"
  rm -rf "$out"
  wasm-bindgen --target web --no-typescript --out-dir "$out" --out-name "$name" \
    "$target_dir/wasm32-unknown-unknown/wasm-release/tandem_frontend.wasm"
  # --converge repeats -Oz until nothing shrinks (about 0.5 % of the phone build);
  # --low-memory-unused lets it fold addresses into load offsets (0.7 %): Rust puts the stack
  # first, so the low 1 KB is only ever the stack's last kilobyte, reached only by an overflow.
  # Exactly the features rustc emits for wasm32-unknown-unknown: enabling all of them lets
  # wasm-opt use instructions browsers may not run (an --all-features build failed in Chromium).
  wasm-opt -Oz --converge --low-memory-unused --strip-debug --strip-producers --strip-target-features \
    --enable-bulk-memory --enable-bulk-memory-opt --enable-call-indirect-overlong \
    --enable-mutable-globals --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-reference-types --enable-multivalue \
    "$out/${name}_bg.wasm" -o "$out/${name}_bg.wasm"
}

# Phones get the phone build only; staff pages come in a second build (own target directory,
# so neither rebuild undoes the other).
build_one tandem "$ROOT/target"
build_one tandem_staff "$ROOT/target/staff-build" --features staff
node "$ROOT/scripts/assemble-dist.mjs" "$ROOT/target/frontend-bindgen" dist
