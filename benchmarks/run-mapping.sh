#!/usr/bin/env bash
# Runs the mapping-engine benchmark (JMH, one fork) and prints ops/s with each engine's ratio to the
# hand-written Jackson mapper measured in the same run. Takes about two minutes on two cores.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mvn -B -q -DskipTests -pl benchmarks -am package
out="$root/benchmarks/target/mapping-result.json"
java -Dswitchboard.root="$root" -jar benchmarks/target/benchmarks.jar MappingBenchmark \
  -jvmArgsAppend "-Dswitchboard.root=$root" -rf json -rff "$out" "$@" > "$root/benchmarks/target/mapping-jmh.log"
echo "Mapping engines, order -> invoice, bytes in to bytes out (ratio: to the hand-written Jackson mapper)"
java -cp benchmarks/target/benchmarks.jar io.switchboard.benchmarks.ResultTable "$out" handwrittenJackson
