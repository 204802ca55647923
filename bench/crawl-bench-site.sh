#!/usr/bin/env bash
# Runs ratecard's fetch layer on ../shared/bench-site with the site's own harness (measure.mjs),
# which also measures CPU and memory, and writes the runs to bench/results/. Compare with the
# Crawlee figures in ../shared/bench-site/README.md (same machine class, same site and seed).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
site="$here/../../shared/bench-site"
runs="${RUNS:-3}"
out="$here/results/crawl-bench-site-$(date +%F)-n200-seed1.json"
cd "$here"
# measure.mjs runs the command from its own folder: give node the tsx loader by absolute URL.
tsx="$(node -e 'console.log(require("node:url").pathToFileURL(require.resolve("tsx")).href)')"
node "$site/measure.mjs" --no-builtin --runs "$runs" --out "$out" \
  --cmd "ratecard=node --import $tsx $here/crawl-bench-site.ts"
echo "written to ${out#$here/}"
