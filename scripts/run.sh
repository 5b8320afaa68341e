#!/usr/bin/env bash
# Builds the whole app and starts it on the embedded default: SQLite in ./data, the demo
# service seeded on first start, logins printed. Ctrl-C stops it; the data stays for next time.
set -euo pipefail
source "$(dirname "$0")/lib/tools.sh"
cd "$ROOT"

"$ROOT/scripts/build-frontend.sh"
say "building the server (release)"
cargo build --quiet --release -p tandem-backend --bin tandem
export TANDEM_STATIC_DIR="${TANDEM_STATIC_DIR:-$ROOT/dist}"
export TANDEM_DATA_DIR="${TANDEM_DATA_DIR:-$ROOT/data}"
# The run command is the demo: seeded into an empty database (a real service is made with
# `tandem service create`, and never seeds it).
export TANDEM_SEED_DEMO="${TANDEM_SEED_DEMO:-true}"
say "starting Tandem"
exec "$ROOT/target/release/tandem"
