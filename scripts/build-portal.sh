#!/usr/bin/env bash
# Builds the portal as one application split into chunks, into target/portal/dist (the folder the
# server serves by default; scripts/build-spa.sh puts the component gallery beside it):
#   1. cargo builds the `portal` binary for wasm32 keeping its relocations (--emit-relocs), which
#      the splitter needs to move code between modules;
#   2. wasm-split-cli (wasm_split_cli_support, from crates.io) cuts every `#[wasm_split]`
#      function (app/src/chunks.rs) and what only it uses into a module of its own, code that
#      several share into shared chunks, and writes the loader, __wasm_split.js;
#   3. wasm-bindgen makes the JavaScript glue of the main module (--keep-lld-exports: the chunks
#      import the main module's memory, table and shared functions by their linker names);
#   4. wasm-opt (binaryen from npm) optimises every module;
#   5. the files go to one folder named by a hash of their contents (chunks find each other
#      relative to the loader, so they stay together), cached for a year, each with its brotli
#      copy beside it, and index.html.
# Trunk cannot run a step between cargo and its wasm-bindgen (trunk issue 1022), hence a script.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
work=target/portal/work
dist=target/portal/dist
# Without the producers and target features sections: some hundred bytes of each of hundreds of
# files that no browser reads.
wasm_opt_flags=(-Oz --strip-producers --strip-target-features --enable-bulk-memory
  --enable-nontrapping-float-to-int --enable-reference-types --enable-sign-ext
  --enable-mutable-globals --enable-multivalue)

scripts/bundle-css.sh
# In a target folder of its own: other flags than the gallery's and the wasm tests', so neither
# rebuilds the other.
# `erase_components`: Leptos gives each component's view the one type `AnyView` instead of
# nesting every component's type in its parent's. On the whole portal it saves a fifth (as one
# module, 499 KB brotli typed, 404 KB erased).
RUSTFLAGS="-Clink-args=--emit-relocs --cfg erase_components" cargo build --release \
  --target wasm32-unknown-unknown -p app --bin portal --features split,console --target-dir target/split
rm -rf "$work"
mkdir -p "$work/split"
wasm-split-cli target/split/wasm32-unknown-unknown/release/portal.wasm "$work/split" \
  --target web --out-name portal
mv "$work/split/portal.wasm" "$work/portal-unbound.wasm"
wasm-bindgen --target web --keep-lld-exports --out-name portal --out-dir "$work/split" \
  "$work/portal-unbound.wasm"
wasm-opt "${wasm_opt_flags[@]}" --remove-exports='intounderlying*,__wbg_intounderlying*' \
  "$work/split/portal_bg.wasm" -o "$work/split/portal_bg.wasm"
# Both cores, a chunk at a time each.
find "$work/split" -name '*.wasm' ! -name portal_bg.wasm -print0 |
  xargs -0 -P 2 -I '{}' wasm-opt "${wasm_opt_flags[@]}" '{}' -o '{}'

for sheet in portal console notifications; do
  cp "target/style/$sheet.css" "$work/split/$sheet.css"
done
cp public/favicon.svg "$work/split/favicon.svg"

hash="$(cat "$work"/split/* | sha256sum | cut -c1-16)"
folder="portal-$hash"
# The previous build's folder goes; the gallery (dist/gallery) stays.
rm -rf "$dist"/portal-* "$dist/index.html"
mkdir -p "$dist/$folder"
cp "$work"/split/* "$dist/$folder/"
# Brotli at its best quality beside every file, sent as it is (server/src/spa.rs): better than
# the faster level the server would compress with on the fly.
find "$dist/$folder" -type f -print0 | xargs -0 -P 2 -n 32 brotli --best --keep
cat >"$dist/index.html" <<HTML
<!DOCTYPE html>
<html lang="ru">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="color-scheme" content="light dark">
    <title>Поддержка Госуслуг</title>
    <link rel="icon" href="/$folder/favicon.svg" type="image/svg+xml">
    <link rel="stylesheet" href="/$folder/portal.css">
    <link rel="stylesheet" href="/$folder/console.css">
    <link rel="stylesheet" href="/$folder/notifications.css">
    <link rel="modulepreload" href="/$folder/portal.js">
    <link rel="preload" href="/$folder/portal_bg.wasm" as="fetch" type="application/wasm" crossorigin>
    <script type="module">import start from "/$folder/portal.js"; start({ module_or_path: "/$folder/portal_bg.wasm" });</script>
  </head>
  <body>
    <noscript>Для работы портала включите JavaScript в настройках браузера. Телефон поддержки: 8 800 100-70-10.</noscript>
  </body>
</html>
HTML
echo "built $dist/$folder: $(find "$dist/$folder" -name '*.wasm' | wc -l) WebAssembly modules"
