#!/usr/bin/env bash
# Runs the input-boundary harness and prints a table: a contract holding one long double-quoted scalar without
# spaces at 2, 5 and 10 MB, read by the studio as YAML, as JSON, and by SnakeYAML's own reader (the anchor).
# Target: linear, i.e. the studio's YAML/JSON ratio does not grow with the size. About a minute on two cores.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mvn -B -q -DskipTests -pl benchmarks -am install
cp="$root/benchmarks/target/classes:$(cat "$root/benchmarks/target/classpath.txt")"
java -Xmx3g -cp "$cp" "$@" io.switchboard.benchmarks.input.LongScalarHarness
