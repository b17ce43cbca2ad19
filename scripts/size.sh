#!/usr/bin/env bash
# Prints the transfer size of the portal's bundle (wasm + JS + CSS, raw and brotli) and fails
# above its budget; then prints the component gallery's bundle, which citizens never load and
# which therefore has no budget.
set -euo pipefail
cd "$(dirname "$0")/.."

BUDGET_KB="${SPA_BUDGET_KB:-150}"

# Prints one row per file of folder $1 and sets total_raw / total_br.
measure() {
  total_raw=0
  total_br=0
  for file in "$1"/*.wasm "$1"/*.js "$1"/*.css; do
    [ -f "$file" ] || { echo "no built bundle in $1: build it first (scripts/build-spa.sh)" >&2; exit 1; }
    raw=$(stat -c%s "$file")
    br=$(brotli -c -q 11 "$file" | wc -c)
    total_raw=$((total_raw + raw))
    total_br=$((total_br + br))
    printf '%-44s %10d %10d\n' "$(basename "$file")" "$raw" "$br"
  done
  printf '%-44s %10d %10d\n' "total" "$total_raw" "$total_br"
}

printf '%-44s %10s %10s\n' "Portal file" "raw, B" "brotli, B"
measure app/dist
portal_raw=$total_raw
portal_br=$total_br
printf 'SPA transfer size: %d KB raw, %d KB brotli (budget %d KB brotli)\n\n' \
  $((portal_raw / 1024)) $((portal_br / 1024)) "$BUDGET_KB"

printf '%-44s %10s %10s\n' "Gallery file (/gallery, not for citizens)" "raw, B" "brotli, B"
measure app/dist/gallery
printf 'Gallery transfer size: %d KB raw, %d KB brotli (no budget)\n' \
  $((total_raw / 1024)) $((total_br / 1024))

if [ "$portal_br" -gt $((BUDGET_KB * 1024)) ]; then
  echo "the SPA is over its size budget" >&2
  exit 1
fi
