# Shrinking a wasm file the same way for every build (the app's and the size floor's).
# Sourced by scripts/build-frontend.sh and scripts/bench.sh.

# Exactly the features rustc emits for wasm32-unknown-unknown: enabling all of them lets
# wasm-opt use instructions browsers may not run (an --all-features build failed in Chromium).
WASM_FEATURES=(--enable-bulk-memory --enable-bulk-memory-opt --enable-call-indirect-overlong
  --enable-mutable-globals --enable-nontrapping-float-to-int --enable-sign-ext
  --enable-reference-types --enable-multivalue)

# --converge repeats -Oz until nothing shrinks (about 0.5 % of the phone build);
# --low-memory-unused lets it fold addresses into load offsets (0.7 %): Rust puts the stack
# first, so the low 1 KB is only ever the stack's last kilobyte, reached only by an overflow.
optimise() {
  wasm-opt -Oz --converge --low-memory-unused --strip-debug --strip-producers --strip-target-features \
    "${WASM_FEATURES[@]}" "$1" -o "$1"
}
