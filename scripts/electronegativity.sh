#!/usr/bin/env bash
# Security scan of the built Electron app with Doyensec's electronegativity (npm run security).
# The scanner lives in .tools/electronegativity with its own package.json, because it needs
# TypeScript 4.2 (it crashes on the project's TypeScript). Idempotent: installs once.
set -euo pipefail
cd "$(dirname "$0")/.."

TOOL_DIR=.tools/electronegativity
VERSION=1.10.3
BIN="$TOOL_DIR/node_modules/@doyensec/electronegativity/dist/index.js"

if [ ! -f "$BIN" ]; then
  echo "Installing electronegativity $VERSION into $TOOL_DIR ..."
  mkdir -p "$TOOL_DIR"
  cat > "$TOOL_DIR/package.json" <<JSON
{
  "name": "opsbench-tools-electronegativity",
  "private": true,
  "description": "Security scanner for OpsBench (scripts/electronegativity.sh), kept apart for its TypeScript 4.2",
  "dependencies": { "@doyensec/electronegativity": "$VERSION" }
}
JSON
  (cd "$TOOL_DIR" && npm install --no-audit --no-fund --ignore-scripts --loglevel=error) || {
    echo "Could not install @doyensec/electronegativity from the npm registry (see above)." >&2
    exit 1
  }
fi

if [ ! -f out/main/main.js ] || [ ! -f out/preload/preload.cjs ]; then
  echo "out/ is not built; building first ..."
  npm run build --silent
fi

ELECTRON_VERSION=$(node -p "require('./node_modules/electron/package.json').version")
REPORT="$TOOL_DIR/report.csv"
rm -f "$REPORT"
# The shim makes its web look-ups fail at once (no network here) and its CSV writes ordered.
ELECTRONEGATIVITY_REPORT="$REPORT" node --require ./scripts/electronegativity-shim.cjs "$BIN" \
  --input out --output "$REPORT" --relative --verbose false --electron-version "$ELECTRON_VERSION" \
  | grep -v -e 'Could not retrieve updated translations' -e "fetching Electron's releases" || true
if [ ! -f "$REPORT" ]; then
  echo "electronegativity did not write $REPORT" >&2
  exit 1
fi
node scripts/electronegativity-check.js "$REPORT" scripts/electronegativity-accepted.txt
