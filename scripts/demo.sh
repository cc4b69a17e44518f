#!/usr/bin/env bash
# The demo: build, then serve the seeded district on embedded PGlite at http://127.0.0.1:${PORT:-8787}.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/machine-setup.sh
tandem_need_node
tandem_need_pnpm
pnpm install --frozen-lockfile --reporter=silent
exec pnpm demo
