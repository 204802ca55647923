# Sourced by scripts/start and scripts/test: installs what a fresh machine lacks (pnpm at the pinned
# version, dependencies, the generated Prisma client, Debian's Chromium) and nothing that is present.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
export NEXT_TELEMETRY_DISABLED=1 TURBO_TELEMETRY_DISABLED=1 PRISMA_HIDE_UPDATE_MESSAGE=1
export CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf 'ratecard: %s\n' "$*" >&2; exit 1; }

command -v node >/dev/null || die "Node.js 20.9 or newer is required (https://nodejs.org)"
node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>20||(a===20&&b>=9)?0:1)' \
  || die "Node.js $(node -v) is too old: ratecard needs 20.9 or newer"

PNPM_VERSION="$(node -p 'require("./package.json").packageManager.split("@")[1]')"
if [ "$(pnpm -v 2>/dev/null || true)" != "$PNPM_VERSION" ]; then
  say "installing pnpm $PNPM_VERSION"
  if ! npm install -g "pnpm@$PNPM_VERSION" >/dev/null 2>&1; then
    # No write access to the global prefix: keep pnpm inside the checkout instead.
    npm install --prefix "$ROOT/.ratecard/tools" "pnpm@$PNPM_VERSION" >/dev/null
    export PATH="$ROOT/.ratecard/tools/node_modules/.bin:$PATH"
  fi
  hash -r
fi

if [ ! -f node_modules/.modules.yaml ] || [ pnpm-lock.yaml -nt node_modules/.modules.yaml ]; then
  say "installing dependencies"
  pnpm install --frozen-lockfile --prefer-offline
fi

if [ ! -f packages/db/src/generated/prisma/client.ts ] || [ prisma/schema.prisma -nt packages/db/src/generated/prisma/client.ts ]; then
  say "generating the Prisma client"
  pnpm -s prisma generate >/dev/null
fi

if [ ! -x "$CHROMIUM_PATH" ]; then
  say "installing Chromium from Debian"
  if [ "$(id -u)" = 0 ]; then SUDO=""; elif command -v sudo >/dev/null; then SUDO="sudo"; else SUDO="none"; fi
  if [ "$SUDO" != none ] && command -v apt-get >/dev/null; then
    $SUDO apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
  fi
  [ -x "$CHROMIUM_PATH" ] || printf 'ratecard: Chromium is not at %s; script-rendered pages will fail until you install it or set CHROMIUM_PATH\n' "$CHROMIUM_PATH" >&2
fi
