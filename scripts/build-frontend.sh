#!/usr/bin/env bash
# Builds the PWA into dist/: size-optimised wasm (wasm-opt -Oz), content-hashed file names,
# a generated precache list in sw.js, and precompressed copies.
set -euo pipefail
source "$(dirname "$0")/lib/tools.sh"
source "$(dirname "$0")/lib/wasm.sh"
cd "$ROOT"
ensure_build_tools

release_wasm() {
  local target_dir="$1"
  shift
  cargo build --quiet -p tandem-frontend --lib --target wasm32-unknown-unknown --profile wasm-release \
    --target-dir "$target_dir" "$@"
}

# The staff build: one wasm, loaded from the network.
build_staff() {
  say "building the frontend: tandem_staff (wasm, release)"
  local target_dir="$ROOT/target/staff-build" out="$ROOT/target/frontend-bindgen/tandem_staff"
  release_wasm "$target_dir" --features staff
  rm -rf "$out"
  wasm-bindgen --target web --no-typescript --out-dir "$out" --out-name tandem_staff \
    "$target_dir/wasm32-unknown-unknown/wasm-release/tandem_frontend.wasm"
  optimise "$out/tandem_staff_bg.wasm"
}

# The phone build, in pieces (frontend/src/shell/pieces.rs): linked with its relocations kept
# and a data segment per symbol, so wasm-split-cli can cut each piece's code and data out of
# the shell; then wasm-bindgen on the shell (keeping the exports the pieces link against),
# wasm-opt on every part, and the data segments joined again (scripts/lib/merge-data-segments.mjs).
build_phone() {
  say "building the frontend: tandem (wasm, release, in pieces)"
  local target_dir="$ROOT/target/phone-build" out="$ROOT/target/frontend-bindgen/tandem"
  local split="$ROOT/target/frontend-split"
  release_wasm "$target_dir" --features split --config 'target.wasm32-unknown-unknown.rustflags=["-Clink-args=--emit-relocs --no-merge-data-segments"]'
  rm -rf "$out" "$split"
  wasm-split-cli "$target_dir/wasm32-unknown-unknown/wasm-release/tandem_frontend.wasm" "$split"
  wasm-bindgen --target web --no-typescript --keep-lld-exports --out-dir "$out" --out-name tandem "$split/main.wasm"
  optimise "$out/tandem_bg.wasm"
  node "$ROOT/scripts/lib/merge-data-segments.mjs" "$out/tandem_bg.wasm" --fill-gaps
  mkdir -p "$out/pieces"
  cp "$split/__wasm_split.js" "$out/pieces/"
  local piece
  for piece in "$split"/*.wasm; do
    [ "$(basename "$piece")" = main.wasm ] && continue
    cp "$piece" "$out/pieces/"
    # The pieces carry a name section wasm-opt does not know (it says so); stripped anyway.
    optimise "$out/pieces/$(basename "$piece")" 2>/dev/null
    node "$ROOT/scripts/lib/merge-data-segments.mjs" "$out/pieces/$(basename "$piece")" >/dev/null
  done
}

# The entry screens rendered to HTML at build time (frontend/src/shell/first_paint.rs): the
# app's own components, built for Node (a debug build: it runs once, here).
build_first_paint() {
  say "building the frontend: the first screens (wasm for Node)"
  local target_dir="$ROOT/target/first-paint-build" out="$ROOT/target/frontend-bindgen/first-paint"
  cargo build --quiet -p tandem-frontend --lib --target wasm32-unknown-unknown --features prerender --target-dir "$target_dir"
  rm -rf "$out"
  wasm-bindgen --target nodejs --no-typescript --out-dir "$out" --out-name prerender \
    "$target_dir/wasm32-unknown-unknown/debug/tandem_frontend.wasm"
}

# Phones get the phone build only; staff pages come in a second build (own target directory,
# so neither rebuild undoes the other).
build_phone
build_staff
build_first_paint
node "$ROOT/scripts/assemble-dist.mjs" "$ROOT/target/frontend-bindgen" dist
