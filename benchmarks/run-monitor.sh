#!/usr/bin/env bash
# Runs the monitor's load harness on 127.0.0.1 and prints its table: 1,000 failures a second for a minute with the
# monitor screen connected (failure to row p95, FX beat wait p95, heap), a store of 1,000,000 failed messages (a
# page, the groups, opening the failure view), and a group of 10,000 failed messages replayed as a job (time,
# duplicates at the target). About five minutes on two cores. Options: -Dswitchboard.rate=N -Dswitchboard.seconds=N
# -Dswitchboard.storeSize=N -Dswitchboard.replaySize=N -Dswitchboard.only=live|store|replay
# MONITOR_CPUS=0 with -Dswitchboard.runtimeCpus=1 runs the monitor and the runtime on separate processors (taskset),
# as an operator's studio watching a runtime on another machine.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mvn -B -q -DskipTests -pl benchmarks -am install
cp="$root/benchmarks/target/classes:$(cat "$root/benchmarks/target/classpath.txt")"
pin=()
if [[ -n "${MONITOR_CPUS:-}" ]]; then pin=(taskset -c "$MONITOR_CPUS"); fi
"${pin[@]}" java -Xmx1g -cp "$cp" -Dswitchboard.root="$root" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw "$@" \
  io.switchboard.benchmarks.runtime.MonitorLoadHarness 2>&1 \
  | grep -v 'Unsupported JavaFX configuration\|PlatformImpl startup\|^\['
