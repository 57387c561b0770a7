#!/usr/bin/env bash
# Runs the mapping canvas harness headless (Monocle, software rendering, unthrottled pulses) and prints a table:
# first render of a 500 x 500-field mapping with 300 lines, pulse times while dragging a line and while scrolling
# (median, p95, max), and the preview of the reference mapping on the 1,000-item order after an edit.
# Targets: first render < 1 s; p95 pulse < 16 ms; preview < 50 ms after the debounce. About a minute on two cores.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mvn -B -q -DskipTests -pl benchmarks -am install
cp="$root/benchmarks/target/classes:$(cat "$root/benchmarks/target/classpath.txt")"
java -Xmx1g -cp "$cp" -Dswitchboard.root="$root" \
  -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw \
  -Djavafx.animation.fullspeed=true "$@" \
  io.switchboard.benchmarks.canvas.CanvasHarness 2>&1 | grep -v 'Unsupported JavaFX configuration\|PlatformImpl startup'
