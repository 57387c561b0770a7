#!/usr/bin/env bash
# Cold start of the studio to a usable window with the embedded runtime ready and the demo flow deployed, from the
# app-image and from the README's run command (./studio, built already), each in a home folder of its own (so the
# demo is copied and deployed anew), under Xvfb; then how long it takes to stop after SIGTERM. Three rounds each;
# prints a table of medians against the targets (app-image under 5 s, ./studio under 15 s). About two minutes.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
rounds="${ROUNDS:-3}"
echo "building the app-image and the studio..." >&2
mvn -B -q -DskipTests -pl installers -am package >&2
./studio --version >/dev/null

display=":97"
Xvfb "$display" -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
sleep 1

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# One cold start: prints "window_ms ready_ms stop_ms" (wall clock from launch; stop: SIGTERM to exit).
measure() {
  local home; home="$(mktemp -d)"
  local log="$home/xdg/switchboard/studio.log"
  local start; start=$(now_ms)
  HOME="$home" XDG_DATA_HOME="$home/xdg" JAVA_TOOL_OPTIONS="-Duser.home=$home" DISPLAY="$display" \
    setsid "$@" >"$home/out.txt" 2>&1 &
  local pid=$!
  local window="" ready=""
  for _ in $(seq 1 1200); do
    [ -z "$window" ] && grep -q "window shown" "$log" 2>/dev/null && window=$(( $(now_ms) - start ))
    [ -z "$ready" ] && grep -q "demo ready" "$log" 2>/dev/null && ready=$(( $(now_ms) - start ))
    [ -n "$window" ] && [ -n "$ready" ] && break
    sleep 0.05
  done
  # setsid and ./studio exec the launcher, and the launcher runs the JVM in its own process: $pid is the studio.
  local stopping; stopping=$(now_ms)
  kill -TERM "$pid" 2>/dev/null || true
  while kill -0 "$pid" 2>/dev/null; do sleep 0.05; done
  local stop=$(( $(now_ms) - stopping ))
  wait "$pid" 2>/dev/null || true
  rm -rf "$home"
  echo "${window:-NA} ${ready:-NA} $stop"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR ? a[int((NR+1)/2)] : "NA")}'; }

declare -A results
for source in app-image studio; do
  for round in $(seq 1 "$rounds"); do
    if [ "$source" = app-image ]; then
      line=$(measure "$root/installers/target/jpackage/out/switchboard-studio/bin/switchboard-studio")
    else
      line=$(measure "$root/studio")
    fi
    echo "$source round $round: window, demo ready, stop (ms): $line" >&2
    results[$source]+="$line"$'\n'
  done
done

printf '\n%-28s %14s %22s %18s %10s\n' "cold start (median of $rounds)" "window shown" "runtime + demo flowing" "stop after SIGTERM" "target"
for source in app-image studio; do
  w=$(printf '%s' "${results[$source]}" | awk 'NF{print $1}' | median)
  r=$(printf '%s' "${results[$source]}" | awk 'NF{print $2}' | median)
  s=$(printf '%s' "${results[$source]}" | awk 'NF{print $3}' | median)
  target=$([ "$source" = app-image ] && echo "< 5 s" || echo "< 15 s")
  label=$([ "$source" = app-image ] && echo "app-image" || echo "./studio (README command)")
  printf '%-28s %11s ms %19s ms %15s ms %10s\n' "$label" "$w" "$r" "$s" "$target"
done
