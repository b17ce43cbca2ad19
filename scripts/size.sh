#!/usr/bin/env bash
# Prints the transfer size of each of the portal's bundles — the help centre (app/dist) and every
# app/dist/*-app that scripts/build-spa.sh made — (wasm + JS + CSS, raw and brotli) and fails when either is above the budget; then prints the
# component gallery's bundle, which citizens never load and which therefore has no budget.
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

over=0
bundles=("Help centre:app/dist")
for folder in app/dist/*-app; do
  bundles+=("$(basename "$folder"):$folder")
done
for bundle in "${bundles[@]}"; do
  name=${bundle%%:*}
  printf '%-44s %10s %10s\n' "$name file" "raw, B" "brotli, B"
  measure "${bundle#*:}"
  printf '%s transfer size: %d KB raw, %d KB brotli (budget %d KB brotli)\n\n' \
    "$name" $((total_raw / 1024)) $((total_br / 1024)) "$BUDGET_KB"
  if [ "$total_br" -gt $((BUDGET_KB * 1024)) ]; then
    echo "$name: over the size budget" >&2
    over=1
  fi
done

printf '%-44s %10s %10s\n' "Gallery file (/gallery, not for citizens)" "raw, B" "brotli, B"
measure app/dist/gallery
printf 'Gallery transfer size: %d KB raw, %d KB brotli (no budget)\n' \
  $((total_raw / 1024)) $((total_br / 1024))

exit "$over"
