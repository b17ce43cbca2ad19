#!/usr/bin/env bash
# Builds the browser bundles in release mode: the portal into app/dist, then the component
# gallery into app/dist/gallery (its own bundle, so citizens never download it). The portal's
# build replaces app/dist, so the gallery is built second.
set -euo pipefail
cd "$(dirname "$0")/../app"
trunk build --release --offline=true index.html
trunk build --release --offline=true gallery.html --dist dist/gallery --public-url /gallery/
