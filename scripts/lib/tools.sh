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

# wasm-split-cli cuts the phone build into pieces: the release of the crate that marks the cuts
# (wasm_split_helpers, as Cargo.lock resolved it). It has no --version; cargo keeps the list.
ensure_wasm_split() {
  local wanted
  wanted="$(awk '/^name = "wasm_split_helpers"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock")"
  if ! cargo install --list | grep -qx "wasm_split_cli_support v$wanted:"; then
    say "installing wasm-split-cli $wanted (about 2 minutes, once)"
    cargo install wasm_split_cli_support --version "$wanted" --features build-binary --locked
  fi
}

# `npm ci` in $ROOT/<dir>, again only when its package-lock.json changed since the last one.
npm_ci_when_changed() {
  local dir="$ROOT/$1" what="$2"
  local stamp="$dir/node_modules/.installed-lock"
  if ! cmp -s "$dir/package-lock.json" "$stamp" 2>/dev/null; then
    say "installing $what (npm ci in $1/)"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
    cp "$dir/package-lock.json" "$stamp"
  fi
}

# binaryen (wasm-opt), playwright-core and axe-core, pinned by tests/package-lock.json.
ensure_node_tools() {
  npm_ci_when_changed tests "the JavaScript tools"
}

# Lighthouse for the bench only, pinned by bench/lighthouse/package-lock.json.
ensure_lighthouse() {
  npm_ci_when_changed bench/lighthouse Lighthouse
}

ensure_chromium() {
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    say "installing Debian's chromium and chromium-driver"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq chromium chromium-driver >/dev/null
  fi
  # Noto's core families, so screenshots show Urdu (and the other scripts) rather than boxes.
  if ! dpkg -s fonts-noto-core >/dev/null 2>&1; then
    say "installing Debian's fonts-noto-core"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq fonts-noto-core >/dev/null
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
  ensure_wasm_split
  ensure_node_tools
}

# PostgreSQL, the backend's second engine: Debian's server packages, only when missing.
ensure_postgres() {
  if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    say "installing Debian's postgresql"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq postgresql >/dev/null
  fi
}

# Schemathesis (the API fuzzing stage) in a virtual environment of its own under target/,
# pinned with its dependencies by tests/fuzz/requirements.txt, made again when that file changes.
ensure_schemathesis() {
  local venv="$ROOT/target/schemathesis-venv"
  if ! python3 -c 'import ensurepip' 2>/dev/null; then
    say "installing Debian's python3-venv"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq python3-venv >/dev/null
  fi
  if ! cmp -s "$ROOT/tests/fuzz/requirements.txt" "$venv/.installed-requirements" 2>/dev/null; then
    say "installing Schemathesis (pip, in target/schemathesis-venv)"
    rm -rf "$venv"
    python3 -m venv "$venv" &&
      "$venv/bin/pip" install --quiet --disable-pip-version-check -r "$ROOT/tests/fuzz/requirements.txt" &&
      cp "$ROOT/tests/fuzz/requirements.txt" "$venv/.installed-requirements"
  fi
  export SCHEMATHESIS="$venv/bin/schemathesis"
}

# A TCP port nobody listens on now.
free_port() {
  node -e 'const s = require("net").createServer(); s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });'
}

# Starts a throwaway PostgreSQL cluster (user tandem, trust, 127.0.0.1 on a free port, files in a
# temporary folder) and exports TANDEM_TEST_POSTGRES_URL. PostgreSQL refuses to run as root, so
# as root the cluster belongs to the postgres user. stop_test_postgres stops it and removes it.
start_test_postgres() {
  local bin port
  bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
  port="$(free_port)"
  PG_TEST_DIR="$(mktemp -d)"
  PG_TEST_RUN=()
  if [ "$(id -u)" = 0 ]; then
    chown postgres "$PG_TEST_DIR"
    PG_TEST_RUN=(runuser -u postgres --)
  fi
  PG_TEST_CTL="$bin/pg_ctl"
  "${PG_TEST_RUN[@]}" "$bin/initdb" -D "$PG_TEST_DIR/data" -U tandem --auth=trust --no-locale -E UTF8 >/dev/null &&
    "${PG_TEST_RUN[@]}" "$PG_TEST_CTL" -D "$PG_TEST_DIR/data" -l "$PG_TEST_DIR/server.log" -w \
      -o "-p $port -k $PG_TEST_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300" start >/dev/null &&
    export TANDEM_TEST_POSTGRES_URL="postgres://tandem@127.0.0.1:$port"
}

stop_test_postgres() {
  if [ -n "${PG_TEST_DIR:-}" ] && [ -d "$PG_TEST_DIR" ]; then
    "${PG_TEST_RUN[@]}" "$PG_TEST_CTL" -D "$PG_TEST_DIR/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$PG_TEST_DIR"
  fi
}
