#!/usr/bin/env bash
# Builds the browser bundles in release mode: the help centre into app/dist, then each bundle of
# shared::accounts::BUNDLES from app/NAME.html into app/dist/NAME-app (served under /NAME-app/),
# then the component gallery into app/dist/gallery — bundles of their own, so nobody downloads
# code for pages they do not open and each stays within the size budget.
# The help centre's build replaces app/dist, so it goes first.
set -euo pipefail
cd "$(dirname "$0")/../app"
BUNDLES=(
  feedback access account profile identity staff admin
  requests request request-reply request-feedback request-topic request-details request-send
  console console-request console-write console-decide console-new statistics canned sections
  notifications callbacks callback-new console-callbacks
)
trunk build --release --offline=true index.html
for name in "${BUNDLES[@]}"; do
  trunk build --release --offline=true "$name.html" --dist "dist/$name-app" --public-url "/$name-app/"
done
trunk build --release --offline=true gallery.html --dist dist/gallery --public-url /gallery/
