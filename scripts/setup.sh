#!/usr/bin/env bash
# Installs what building and testing the portal needs, and nothing that is already there.
# Safe to run again: every step checks first. Downloads only from the package registries
# (rustup's server, crates.io, Debian, npm).
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION="0.21.14"
RUST_TOOLCHAIN="$(sed -n 's/^channel = "\(.*\)"/\1/p' rust-toolchain.toml)"
export PATH="$HOME/.cargo/bin:$PATH"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# Rust toolchain, with the wasm32 target and the linters.
if ! rustup toolchain list | grep -q "^${RUST_TOOLCHAIN}"; then
  say "installing Rust ${RUST_TOOLCHAIN}"
  rustup toolchain install "${RUST_TOOLCHAIN}" --profile minimal
fi
rustup component add --toolchain "${RUST_TOOLCHAIN}" rustfmt clippy >/dev/null 2>&1
if ! rustup target list --toolchain "${RUST_TOOLCHAIN}" --installed | grep -q '^wasm32-unknown-unknown$'; then
  say "adding the wasm32 target"
  rustup target add --toolchain "${RUST_TOOLCHAIN}" wasm32-unknown-unknown
fi

# Debian packages: the browser and its driver for the tests, brotli for the size report,
# npm for binaryen and axe-core below.
missing=()
command -v npm >/dev/null || missing+=(npm)
command -v chromium >/dev/null || missing+=(chromium)
command -v chromedriver >/dev/null || missing+=(chromium-driver)
command -v brotli >/dev/null || missing+=(brotli)
if [ "${#missing[@]}" -gt 0 ]; then
  say "installing Debian packages: ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# trunk builds the SPA.
if [ "$(trunk --version 2>/dev/null)" != "trunk ${TRUNK_VERSION}" ]; then
  say "installing trunk ${TRUNK_VERSION} (about 15 minutes on 2 cores, once)"
  cargo install trunk --version "${TRUNK_VERSION}" --locked
fi

# The wasm-bindgen CLI must match the wasm-bindgen crate in Cargo.lock exactly.
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)"
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen ${WASM_BINDGEN_VERSION}" ]; then
  say "installing wasm-bindgen-cli ${WASM_BINDGEN_VERSION} (a few minutes, once)"
  # Without --locked: the CLI's own lock file names a crate version the registry no longer serves.
  cargo install wasm-bindgen-cli --version "${WASM_BINDGEN_VERSION}"
fi

# The splitter that cuts the portal's single application into chunks (scripts/build-portal.sh):
# 0.2.4 is the first release that handles wasm-bindgen 0.2.128 and later (its casts and
# closures stay in the main module).
WASM_SPLIT_VERSION="0.2.4"
# The CLI has no --version: cargo's list of installed packages tells.
if ! cargo install --list | grep -q "^wasm_split_cli_support v${WASM_SPLIT_VERSION}:"; then
  say "installing wasm-split-cli ${WASM_SPLIT_VERSION} (about 2 minutes, once)"
  cargo install wasm_split_cli_support --version "${WASM_SPLIT_VERSION}" --features build-binary --locked
fi

# From npm: binaryen's wasm-opt for the release bundle (Debian's binaryen 108 breaks the
# externref table of wasm-bindgen 0.2.130 output), axe-core for the accessibility checks.
if ! cmp -s package-lock.json node_modules/.installed-lock.json 2>/dev/null; then
  say "installing binaryen and axe-core from npm"
  npm ci --no-audit --no-fund --silent
  cp package-lock.json node_modules/.installed-lock.json
fi
