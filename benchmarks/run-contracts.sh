#!/usr/bin/env bash
# Runs the contract harness and prints a table: on GitHub's spec (9.9 MB YAML, 13 MB JSON) and Stripe's (4.2 MB),
# swagger-parser's own parse (the anchor), open to validated, lint and diff against a copy with breaking edits, each
# with its ratio to the anchor; then the real editor headless (Monocle, software rendering): open to first coloured
# text, open to outline and findings, and keystroke-to-colour latency typing in the middle of GitHub's YAML.
# Targets: open to validated within 1.5x the parse; keystroke to colour p95 under 50 ms. A few minutes on two cores.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mvn -B -q -DskipTests -pl benchmarks -am install
cp="$root/benchmarks/target/classes:$(cat "$root/benchmarks/target/classpath.txt")"
java -Xmx3g -cp "$cp" -Dswitchboard.root="$root" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw "$@" \
  io.switchboard.benchmarks.contract.ContractHarness 2>&1 | grep -v 'Unsupported JavaFX configuration\|PlatformImpl startup'
