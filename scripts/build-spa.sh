#!/usr/bin/env bash
# Builds the SPA in release mode into target/portal/dist, which the server serves: the portal as
# one application split into chunks (scripts/build-portal.sh), then the component gallery, a
# bundle of its own under /gallery that citizens never load, with trunk (app/Trunk.toml).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build-portal.sh
(cd app && trunk build --release --offline=true)
