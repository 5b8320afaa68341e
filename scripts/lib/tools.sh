# Installs what the build and the tests need, only when missing. Sourced by scripts/*.sh.
# Everything comes from the package registries (crates.io, npm, Debian); nothing downloads
# prebuilt binaries of its own.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$HOME/.cargo/bin:$ROOT/tests/node_modules/.bin:$PATH"

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

ensure_wasm_target() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
}

# The wasm-bindgen CLI must be exactly the version Cargo.lock resolved.
ensure_wasm_bindgen() {
  local wanted
  wanted="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock")"
  if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$wanted" ]; then
    say "installing wasm-bindgen-cli $wanted (about 7 minutes, once)"
    cargo install wasm-bindgen-cli --version "$wanted"
  fi
}

# binaryen (wasm-opt), playwright-core and axe-core, pinned by tests/package-lock.json.
ensure_node_tools() {
  local stamp="$ROOT/tests/node_modules/.installed-lock"
  if ! cmp -s "$ROOT/tests/package-lock.json" "$stamp" 2>/dev/null; then
    say "installing the JavaScript tools (npm ci in tests/)"
    (cd "$ROOT/tests" && npm ci --no-audit --no-fund --loglevel=error)
    cp "$ROOT/tests/package-lock.json" "$stamp"
  fi
}

ensure_chromium() {
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    say "installing Debian's chromium and chromium-driver"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq chromium chromium-driver >/dev/null
  fi
}

# Web Push encryption (the ece crate) links OpenSSL; pkg-config finds it.
ensure_system_libraries() {
  if ! pkg-config --exists openssl 2>/dev/null; then
    say "installing Debian's libssl-dev and pkg-config"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq libssl-dev pkg-config >/dev/null
  fi
}

ensure_build_tools() {
  ensure_system_libraries
  ensure_wasm_target
  ensure_wasm_bindgen
  ensure_node_tools
}
