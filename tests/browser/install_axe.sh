#!/bin/sh
# SPDX-License-Identifier: MIT
# The browser tests' set-up (ctest fixture `browser_axe`): axe-core, the accessibility engine,
# from the npm registry into the build tree, once. Nothing is fetched when the tests run.
#
#   install_axe.sh PREFIX VERSION     installs axe-core@VERSION under PREFIX/node_modules
#
# Without npm this fails (it never passes silently): Debian's `npm` package provides it
# (packaging/install-deps.sh --test).
set -eu
prefix=$1
version=$2
axe="$prefix/node_modules/axe-core"
if [ -f "$axe/axe.min.js" ] && grep -q "\"version\": \"$version\"" "$axe/package.json"; then
  echo "axe-core $version already in $prefix"
  exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "FAIL: npm is not installed, so axe-core cannot be set up for the browser tests." >&2
  echo "      Install Debian's npm (packaging/install-deps.sh --test), then run ctest again." >&2
  exit 1
fi
mkdir -p "$prefix"
# --ignore-scripts: a package's install scripts never run; axe-core has none it needs.
npm install --prefix "$prefix" --no-audit --no-fund --ignore-scripts --no-save \
  "axe-core@$version"
test -f "$axe/axe.min.js" || { echo "FAIL: npm did not install $axe/axe.min.js" >&2; exit 1; }
echo "axe-core $version installed in $prefix"
