#!/usr/bin/env bash
# Joins the portal's styles into one sheet for trunk to hash and minify: the tokens, the dark
# scheme (written once, applied for the device's preference and for a forced choice), the base
# styles, then every component's own style.css from its folder in app/src/components.
# Trunk runs this as a pre_build hook (app/Trunk.toml); the sheet goes to target/style/.
# The operator console's styles (style/console.css and the components only the console uses)
# go to a second sheet, console.css, which only the console's pages and the gallery link; the
# notifications' pages have theirs (style/notifications.css); and the components no page uses
# yet (the gallery shows them) go to gallery.css, which only the gallery links, so no bundle
# carries styles it never applies.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/target/style"
mkdir -p "$out"
# Components only the console's pages show.
console_only=(bar_chart)
# Components only the gallery shows.
gallery_only=(spinner tabs toast)
is_one_of() {
  local sheet=$1 name
  shift
  for name in "$@"; do
    [ "$sheet" = "$root/app/src/components/$name/style.css" ] && return 0
  done
  return 1
}
# Replaces $2 with $1 only when changed, so `trunk serve` does not rebuild for nothing.
replace() {
  if cmp -s "$1" "$2"; then rm "$1"; else mv "$1" "$2"; fi
}
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
    is_one_of "$sheet" "${console_only[@]}" "${gallery_only[@]}" && continue
    printf '\n/* %s */\n' "${sheet#"$root"/}"
    cat "$sheet"
  done
} >"$tmp"
replace "$tmp" "$out/portal.css"
tmp="$(mktemp "$out/console.XXXXXX")"
{
  cat "$root/style/console.css"
  for name in "${console_only[@]}"; do
    printf '\n/* app/src/components/%s/style.css */\n' "$name"
    cat "$root/app/src/components/$name/style.css"
  done
} >"$tmp"
replace "$tmp" "$out/console.css"
tmp="$(mktemp "$out/notifications.XXXXXX")"
cat "$root/style/notifications.css" >"$tmp"
replace "$tmp" "$out/notifications.css"
tmp="$(mktemp "$out/gallery.XXXXXX")"
for name in "${gallery_only[@]}"; do
  printf '\n/* app/src/components/%s/style.css */\n' "$name"
  cat "$root/app/src/components/$name/style.css"
done >"$tmp"
replace "$tmp" "$out/gallery.css"
