#!/usr/bin/env bash
# The studio's resident memory while the demo runs with the Monitor perspective open (orders flowing, failures
# arriving, the chart and lists updating): the app-image under Xvfb in a home folder of its own, its RSS read
# every minute. Usage: benchmarks/run-studio-memory.sh [MINUTES] (default 10). Prints a table.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
minutes="${1:-10}"
image="$root/installers/target/jpackage/out/switchboard-studio"
[ -x "$image/bin/switchboard-studio" ] || mvn -B -q -DskipTests -pl installers -am package >&2

display=":96"
Xvfb "$display" -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
home="$(mktemp -d)"
cleanup() { kill -TERM "${pid:-0}" 2>/dev/null || true; sleep 2; kill "$xvfb" 2>/dev/null || true; rm -rf "$home"; }
trap cleanup EXIT
sleep 1
HOME="$home" XDG_DATA_HOME="$home/xdg" JAVA_TOOL_OPTIONS="-Duser.home=$home" DISPLAY="$display" \
  setsid "$image/bin/switchboard-studio" --perspective monitor >"$home/out.txt" 2>&1 &
pid=$!
log="$home/xdg/switchboard/studio.log"
for _ in $(seq 1 600); do grep -q "demo ready" "$log" 2>/dev/null && break; sleep 0.1; done

rss() { awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$pid/status"; }
failed() { grep -c "failed message" "$log" 2>/dev/null || true; }
printf '%-8s %10s\n' "minute" "RSS (MB)"
printf '%-8s %10s\n' "0" "$(rss)"
peak=0
for minute in $(seq 1 "$minutes"); do
  sleep 60
  now=$(rss)
  [ "$now" -gt "$peak" ] && peak=$now
  printf '%-8s %10s\n' "$minute" "$now"
done
echo "studio (app-image, -Xmx768m, demo flowing, Monitor open) after $minutes min: RSS $(rss) MB, peak $peak MB"
