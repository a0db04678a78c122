#!/usr/bin/env bash
# Writes the synthetic large scenarios the benchmarks use: 1,000 contributors and 100,000
# funding lines, as JSON and YAML (about 28 MB and 19 MB; not committed). Every name in them
# says "Synthetic". Usage: Scenarios/generate-large.sh [OUTPUT_FOLDER]
set -euo pipefail
out="${1:-.}"
swift run -c release forceboard generate --contributors 1000 --funding-lines 100000 -o "$out/large.json"
swift run -c release forceboard generate --contributors 1000 --funding-lines 100000 -o "$out/large.yaml"
echo "wrote $out/large.json and $out/large.yaml"
