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
  --add-launcher "switchboard=$here/switchboard.properties" \
  --dest "$out"
echo "app-image: $out/switchboard-studio"
