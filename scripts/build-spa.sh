#!/usr/bin/env bash
# Builds the browser bundles in release mode: the help centre into app/dist, then signing in
# (app/dist/access-app), the account (app/dist/account-app), «Мои данные»
# (app/dist/profile-app), identity confirmation (app/dist/identity-app), the operators' pages (app/dist/staff-app), the administrator's (app/dist/admin-app) and the component gallery
# (app/dist/gallery) — bundles of their own, so nobody downloads code for pages they do not open.
# The help centre's build replaces app/dist, so it goes first.
set -euo pipefail
cd "$(dirname "$0")/../app"
trunk build --release --offline=true index.html
trunk build --release --offline=true access.html --dist dist/access-app --public-url /access-app/
trunk build --release --offline=true account.html --dist dist/account-app --public-url /account-app/
trunk build --release --offline=true profile.html --dist dist/profile-app --public-url /profile-app/
trunk build --release --offline=true identity.html --dist dist/identity-app --public-url /identity-app/
trunk build --release --offline=true staff.html --dist dist/staff-app --public-url /staff-app/
trunk build --release --offline=true admin.html --dist dist/admin-app --public-url /admin-app/
trunk build --release --offline=true gallery.html --dist dist/gallery --public-url /gallery/
