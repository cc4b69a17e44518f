#!/usr/bin/env bash
# Every test: lint, format, types, contract drift, server on PGlite and PostgreSQL, client, browser.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/machine-setup.sh
tandem_need_node
tandem_need_pnpm
tandem_need_test_system
export STORYBOOK_DISABLE_TELEMETRY=1
export CHROMIUM_PATH="${CHROMIUM_PATH:-$(command -v chromium)}"

echo "==> install"
pnpm install --frozen-lockfile --reporter=silent
echo "==> build"
pnpm run --silent build
echo "==> size budgets"
pnpm exec size-limit
echo "==> packages as published (publint, are-the-types-wrong, require from CommonJS)"
bash scripts/check-packages.sh
echo "==> examples from the tarballs (npm install, strict types, build, run against the demo server, React in Chromium)"
node --import tsx scripts/check-examples.ts
echo "==> storybook build"
pnpm run --silent build-storybook
echo "==> lint"
pnpm run --silent lint
echo "==> format"
pnpm run --silent format:check
echo "==> types (tests included)"
pnpm run --silent typecheck
reports="$(mktemp -d)"
status=0
echo "==> component tests (@web/test-runner, Chromium)"
pnpm --filter @tandem/elements exec web-test-runner 2>&1 | tee "$reports/wtr.log" || status=$?
echo "==> unit, integration, property, client and end-to-end tests (Vitest)"
pnpm exec vitest run --reporter=default --reporter=json --outputFile.json="$reports/vitest.json" || status=$?
# One plain closing line for both runners, that any CI reader understands.
node -e '
const fs = require("fs");
const [dir] = process.argv.slice(1);
let passed = 0, failed = 0, skipped = 0;
try {
  const r = JSON.parse(fs.readFileSync(dir + "/vitest.json", "utf8"));
  passed += r.numPassedTests; failed += r.numFailedTests; skipped += r.numPendingTests + r.numTodoTests;
  if (!r.success && !r.numFailedTests) failed += 1; // an error outside any test
} catch { failed += 1; }
const wtr = [...fs.readFileSync(dir + "/wtr.log", "utf8").matchAll(/(\d+) passed, (\d+) failed/g)].at(-1);
if (wtr) { passed += Number(wtr[1]); failed += Number(wtr[2]); } else { failed += 1; }
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
' "$reports" || true
exit "$status"
