#!/usr/bin/env bash
# Prints the size of what scripts/build-spa.sh built, by file (raw, brotli at its best): the
# component gallery's bundle (citizens never load it, so it has no budget), then the portal's
# modules in all. What a browser receives on each entry page and journey is measured in headless
# Chromium by the browser tests (tests/tests/split.rs), which print it.
set -euo pipefail
cd "$(dirname "$0")/.."
dist=target/portal/dist

# Prints one row per file given and sets total_raw / total_br.
measure() {
  total_raw=0
  total_br=0
  for file in "$@"; do
    [ -f "$file" ] || { echo "nothing built at $file: run scripts/build-spa.sh first" >&2; exit 1; }
    raw=$(stat -c%s "$file")
    br=$(brotli -c -q 11 "$file" | wc -c)
    total_raw=$((total_raw + raw))
    total_br=$((total_br + br))
    [ "$#" -gt 8 ] || printf '%-44s %10d %10d\n' "$(basename "$file")" "$raw" "$br"
  done
  printf '%-44s %10d %10d\n' "total of $# files" "$total_raw" "$total_br"
}

printf '%-44s %10s %10s\n' "Gallery file (/gallery, not for citizens)" "raw, B" "brotli, B"
measure "$dist"/gallery/*.wasm "$dist"/gallery/*.js "$dist"/gallery/*.css
printf 'Gallery transfer size: %d KB raw, %d KB brotli (no budget)\n\n' \
  $((total_raw / 1024)) $((total_br / 1024))

portal=("$dist"/portal-*)
printf '%-44s %10s %10s\n' "The portal's main module and glue" "raw, B" "brotli, B"
measure "${portal[0]}/portal_bg.wasm" "${portal[0]}/portal.js" "${portal[0]}/__wasm_split.js"
printf '\n%-44s %10s %10s\n' "All the portal's WebAssembly modules" "raw, B" "brotli, B"
measure "${portal[0]}"/*.wasm
printf 'The whole portal, every chunk of it: %d KB brotli (a browser loads only the chunks of the pages it shows)\n' \
  $((total_br / 1024))
