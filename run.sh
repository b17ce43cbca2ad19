#!/usr/bin/env bash
# Builds the SPA and starts the portal on http://127.0.0.1:8080 (data in ./data).
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup.sh
# wasm-opt comes from npm (node_modules/.bin); trunk, wasm-bindgen and wasm-split-cli from cargo.
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
scripts/build-spa.sh
cargo build --profile server -p server
exec target/server/portal --demo
