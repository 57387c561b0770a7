#!/usr/bin/env bash
# Builds the .deb from the app-image: installs to /opt/switchboard-studio with a desktop entry and the icon, declares
# libgtk-3-0 (JavaFX needs it; jpackage cannot see that), and puts switchboard and switchboard-studio on the PATH.
# Arguments: the folder holding the app-image, the version.
set -euo pipefail
out="$1"; version="${2%-SNAPSHOT}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
icons="$here/../../../icons/src/main/resources/io/switchboard/icons"
rm -f "$out"/switchboard-studio_*.deb
jpackage --type deb \
  --app-image "$out/switchboard-studio" \
  --name switchboard-studio \
  --app-version "$version" \
  --vendor "Switchboard" \
  --description "Switchboard Studio: design mappings, review contracts, run and watch flows" \
  --icon "$icons/app-icon-256.png" \
  --linux-package-deps "libgtk-3-0" \
  --linux-shortcut \
  --linux-menu-group "Development" \
  --resource-dir "$here/linux" \
  --dest "$out"
ls "$out"/switchboard-studio_*.deb
