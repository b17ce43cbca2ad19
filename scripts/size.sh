#!/usr/bin/env bash
# Prints the SPA's transfer size (wasm + JS + CSS, raw and brotli) and fails above the budget.
set -euo pipefail
cd "$(dirname "$0")/.."

BUDGET_KB="${SPA_BUDGET_KB:-150}"
dist="app/dist"
total_raw=0
total_br=0
printf '%-44s %10s %10s\n' "SPA file" "raw, B" "brotli, B"
for file in "$dist"/*.wasm "$dist"/*.js "$dist"/*.css; do
  [ -f "$file" ] || { echo "no built SPA in $dist: build it first" >&2; exit 1; }
  raw=$(stat -c%s "$file")
  br=$(brotli -c -q 11 "$file" | wc -c)
  total_raw=$((total_raw + raw))
  total_br=$((total_br + br))
  printf '%-44s %10d %10d\n' "$(basename "$file")" "$raw" "$br"
done
printf '%-44s %10d %10d\n' "total" "$total_raw" "$total_br"
printf 'SPA transfer size: %d KB raw, %d KB brotli (budget %d KB brotli)\n' \
  $((total_raw / 1024)) $((total_br / 1024)) "$BUDGET_KB"
if [ "$total_br" -gt $((BUDGET_KB * 1024)) ]; then
  echo "the SPA is over its size budget" >&2
  exit 1
fi
