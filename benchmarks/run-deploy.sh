#!/usr/bin/env bash
# Deploys a new version of the orders flow three times while 32 connections send orders, the runtime in its own
# process on 127.0.0.1, and prints per deploy: the deploy call, p99 latency before and around the switch, the time
# from deploy to the new version serving, and orders not answered 2xx. About a minute. -Dswitchboard.rounds=N.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mvn -B -q -DskipTests -pl benchmarks -am install
cp="$root/benchmarks/target/classes:$(cat "$root/benchmarks/target/classpath.txt")"
java -Xmx512m -cp "$cp" -Dswitchboard.root="$root" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn "$@" \
  io.switchboard.benchmarks.runtime.DeployUnderLoadHarness 2>&1 | grep -v '^\['
