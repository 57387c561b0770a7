#!/usr/bin/env bash
# Runs the mapping-engine benchmark (JMH, one fork) and prints ops/s with each engine's ratio to the
# hand-written Jackson mapper measured in the same run. Takes about two minutes on two cores.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mvn -B -q -DskipTests -pl benchmarks -am install
cp="$root/benchmarks/target/classes:$(cat "$root/benchmarks/target/classpath.txt")"
out="$root/benchmarks/target/mapping-result.json"
java -cp "$cp" -Dswitchboard.root="$root" org.openjdk.jmh.Main MappingBenchmark \
  -jvmArgsAppend "-Dswitchboard.root=$root" -rf json -rff "$out" "$@" > "$root/benchmarks/target/mapping-jmh.log"
echo "Mapping engines, order -> invoice, bytes in to bytes out (ratio: to the hand-written Jackson mapper)"
java -cp "$cp" io.switchboard.benchmarks.ResultTable "$out" handwrittenJackson
