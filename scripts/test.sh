#!/usr/bin/env bash
# Every test: lint, format, types, contract drift, server on PGlite and PostgreSQL, client, browser.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/machine-setup.sh
tandem_need_pnpm
tandem_need_test_system
export CHROMIUM_PATH="${CHROMIUM_PATH:-$(command -v chromium)}"

echo "==> install"
pnpm install --frozen-lockfile --reporter=silent
echo "==> build"
pnpm run --silent build
echo "==> size budgets"
pnpm exec size-limit
echo "==> lint"
pnpm run --silent lint
echo "==> format"
pnpm run --silent format:check
echo "==> types (tests included)"
pnpm run --silent typecheck
echo "==> tests"
report="$(mktemp -d)/vitest.json"
status=0
pnpm exec vitest run --reporter=default --reporter=json --outputFile.json="$report" || status=$?
# One plain closing line that any CI reader understands.
node -e 'const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests + r.numTodoTests} skipped`)' "$report" || true
exit "$status"
