#!/usr/bin/env bash
# Runs every check of the portal: formatting, lints on both targets, the rule tests natively and
# in headless Chromium, the API tests, the browser tests against the built SPA, and the size budget.
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup.sh
# wasm-opt comes from npm (node_modules/.bin); trunk, wasm-bindgen and wasm-split-cli from cargo.
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"

step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }

step "formatting"
cargo fmt --all --check

step "lints, native"
cargo clippy --workspace --all-targets -- -D warnings

step "lints, wasm32"
cargo clippy -p shared -p app --all-targets --target wasm32-unknown-unknown -- -D warnings
# The portal is built with the `console` and `split` features: its code is linted as well.
cargo clippy -p app --features console,split --lib --bins --target wasm32-unknown-unknown -- -D warnings

step "building the SPA (the portal split into chunks, and the component gallery; release)"
scripts/build-spa.sh

step "SPA size (what each page and journey receives is printed by the browser tests)"
scripts/size.sh

step "rule, property and API tests (native)"
cargo test --workspace --exclude e2e

step "browser tests against the built SPA (they print what each entry page and journey received)"
cargo test -p e2e -- --nocapture

step "rule tests compiled to wasm32, in headless Chromium"
cargo test --target wasm32-unknown-unknown -p shared --test rules

step "component tests (wasm32, the gallery's examples as fixtures), in headless Chromium"
cargo test --target wasm32-unknown-unknown -p app --lib


step "all checks passed"
