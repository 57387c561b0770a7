#!/usr/bin/env bash
# Builds the studio's app-image with jpackage: bin/switchboard-studio (the studio) and bin/switchboard (the command
# line, which never loads JavaFX), a runtime image with JavaFX's modules, the application icon.
# Arguments: the studio's jars, JavaFX's Linux jars, the output folder, the version.
set -euo pipefail
input="$1"; javafx="$2"; out="$3"; version="${4%-SNAPSHOT}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
icons="$here/../../../icons/src/main/resources/io/switchboard/icons"
# jpackage refuses a destination that exists.
rm -rf "$out/switchboard-studio"
mkdir -p "$out"
app_jar="$(cd "$input" && ls switchboard-app-*.jar | head -1)"
jpackage --type app-image \
  --name switchboard-studio \
  --app-version "$version" \
  --vendor "Switchboard" \
  --description "Switchboard Studio: design mappings, review contracts, run and watch flows" \
  --icon "$icons/app-icon-256.png" \
  --input "$input" \
  --main-jar "$app_jar" \
  --main-class io.switchboard.app.Launcher \
  --module-path "$javafx" \
  --add-modules javafx.controls,java.se,jdk.httpserver,jdk.unsupported,jdk.crypto.ec,jdk.management \
  --java-options "-Xmx768m" \
  --jlink-options "--strip-debug --no-man-pages --no-header-files --generate-cds-archive" \
  --add-launcher "switchboard=$here/switchboard.properties" \
  --dest "$out"
# Class data sharing: the classes a start loads, archived by one start of the image (window, runtime, demo
# deployed) under Xvfb, so that later starts map them instead of loading them (about a second less of a five-second
# cold start on two cores). The archive names the image's absolute paths: moved elsewhere, it is ignored.
image="$out/switchboard-studio"
archive="$image/lib/app/studio.jsa"
if command -v xvfb-run >/dev/null; then
  training="$(mktemp -d)"
  HOME="$training" XDG_DATA_HOME="$training/xdg" \
    JAVA_TOOL_OPTIONS="-Duser.home=$training -XX:ArchiveClassesAtExit=$archive" \
    timeout 120 xvfb-run -a -s "-screen 0 1440x900x24" bash -c '
      "$1/bin/switchboard-studio" >/dev/null 2>&1 &
      pid=$!
      for _ in $(seq 1 600); do
        grep -q "demo ready" "$2/xdg/switchboard/studio.log" 2>/dev/null && break
        sleep 0.1
      done
      kill -TERM "$pid"
      wait "$pid" || true' training "$image" "$training" || true
  rm -rf "$training"
fi
if [ -s "$archive" ]; then
  echo "java-options=-XX:SharedArchiveFile=\$APPDIR/studio.jsa" >> "$image/lib/app/switchboard-studio.cfg"
  echo "app-image: class data archived ($(du -h "$archive" | cut -f1))"
else
  rm -f "$archive"
  echo "app-image: no class data archive (needs xvfb-run); the studio starts without it" >&2
fi
echo "app-image: $image"
