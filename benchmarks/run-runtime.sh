#!/usr/bin/env bash
# Runs the runtime load harness on 127.0.0.1 and prints its table: throughput and latency against bare Camel at
# 1, 8 and 32 connections, failed messages persisted per second, replay of 10,000 stored messages, failure to
# event latency, and resident memory. About three minutes on two cores. Optional: WARMUP_SECONDS MEASURE_SECONDS.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mvn -B -q -DskipTests -pl benchmarks -am install
cp="$root/benchmarks/target/classes:$(cat "$root/benchmarks/target/classpath.txt")"
java -Xmx1g -cp "$cp" -Dswitchboard.root="$root" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  io.switchboard.benchmarks.runtime.RuntimeLoadHarness "$@" 2>&1 | grep -v '^\[' 
