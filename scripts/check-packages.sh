#!/usr/bin/env bash
# The packages as npm would publish them: pack each (workspace: ranges become versions), then
# publint (package.json and files) and are-the-types-wrong (types resolve in Node and bundlers).
# Leaves the tarballs in $1 (default .tandem/packs) for the examples' install.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-.tandem/packs}"
rm -rf "$out" && mkdir -p "$out"
out="$(cd "$out" && pwd)"
for name in contract client elements server react; do
  cmp -s LICENSE "packages/$name/LICENSE" || { echo "packages/$name/LICENSE differs from LICENSE" >&2; exit 1; }
  (cd "packages/$name" && pnpm pack --pack-destination "$out" >/dev/null)
done
for tarball in "$out"/*.tgz; do
  pnpm exec publint run "$tarball" --strict --level suggestion
  # require(esm) is native on every Node we support (>= 22.12), so "CommonJS resolves to ESM" is
  # not a problem for us; node10 resolution (no exports map) is not a target. push-worker.js is a
  # service worker script, registered by URL, never imported.
  pnpm exec attw "$tarball" --profile node16 --ignore-rules cjs-resolves-to-esm \
    --exclude-entrypoints ./push-worker.js --format table-flipped
done

# A CommonJS caller on Node >= 22.12, with the tarballs installed by npm (not the workspace).
consumer="$(mktemp -d)"
trap 'rm -rf "$consumer"' EXIT
(cd "$consumer" && echo '{"name":"cjs-consumer","private":true}' > package.json &&
  npm install --no-audit --no-fund --loglevel=error "$out"/tandem-contract-*.tgz "$out"/tandem-client-*.tgz >/dev/null &&
  node -e '
    const { createTandemClient, goals } = require("@tandem/client");
    const { Goal } = require("@tandem/contract");
    if (typeof createTandemClient !== "function" || typeof goals.list !== "function" || !Goal) process.exit(1);
    console.log("require(\"@tandem/client\") and require(\"@tandem/contract\") work from CommonJS");
  ')
