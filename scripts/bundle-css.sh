#!/usr/bin/env bash
# Joins the portal's styles into one sheet for trunk to hash and minify: the tokens, the dark
# scheme (written once, applied for the device's preference and for a forced choice), the base
# styles, then every component's own style.css from its folder in app/src/components.
# Trunk runs this as a pre_build hook (app/Trunk.toml); the sheet goes to target/style/.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/target/style"
mkdir -p "$out"
tmp="$(mktemp "$out/portal.XXXXXX")"
{
  cat "$root/style/tokens.css"
  echo '@media (prefers-color-scheme: dark) {'
  echo ':root:not([data-theme="light"]) {'
  cat "$root/style/dark-scheme.css"
  echo '}'
  echo '}'
  echo ':root[data-theme="dark"] {'
  cat "$root/style/dark-scheme.css"
  echo '}'
  cat "$root/style/base.css"
  for sheet in "$root"/app/src/components/*/style.css; do
    [ -f "$sheet" ] || continue
    printf '\n/* %s */\n' "${sheet#"$root"/}"
    cat "$sheet"
  done
} >"$tmp"
# Replace only when changed, so `trunk serve` does not rebuild for nothing.
if cmp -s "$tmp" "$out/portal.css"; then rm "$tmp"; else mv "$tmp" "$out/portal.css"; fi
