#!/usr/bin/env bash
# Builds the file tree the runtime's container image adds to an empty (scratch) base: a Java runtime made by jlink
# from the building JDK, the C libraries it links against (copied from this machine, so the image needs no base
# image from a registry), a user to run as, and an empty /tmp. Called by the Maven build with the target folder.
set -euo pipefail
target="$1"
root="$target/image-root"
rm -rf "$root"
mkdir -p "$root/opt" "$root/etc" "$root/tmp"
chmod 1777 "$root/tmp"
jlink="${JAVA_HOME:+$JAVA_HOME/bin/}jlink"
command -v "$jlink" >/dev/null || jlink="$(dirname "$(readlink -f "$(command -v java)")")/jlink"
"$jlink" --add-modules java.se,jdk.crypto.ec,jdk.unsupported,jdk.zipfs,jdk.naming.dns,jdk.management \
  --strip-debug --no-man-pages --no-header-files --compress=2 --output "$root/opt/java"
# Every shared library the runtime's binaries need, at the paths the dynamic linker looks for them (the desktop's
# libraries are left out: a runtime draws nothing).
find "$root/opt/java" -type f \( -name '*.so' -o -path '*/bin/*' \) \
    ! -name '*awt*' ! -name '*splash*' ! -name '*fontmanager*' ! -name '*lcms*' ! -name '*mlib*' \
    ! -name '*javajpeg*' ! -name '*jsound*' -print0 |
  xargs -0 -n1 ldd 2>/dev/null | awk '/=> \// {print $3}' | sort -u |
  while read -r library; do
    cp --parents -L "$library" "$root/"
  done
# The interpreter of the binaries themselves (ld-linux), named in their program header.
interpreter="$(readelf -l "$root/opt/java/bin/java" | grep -o '/lib[^]]*ld-linux[^]]*' | head -1)"
cp --parents -L "$interpreter" "$root/"
printf 'root:x:0:0:root:/root:/sbin/nologin\nswitchboard:x:10001:10001:switchboard:/var/lib/switchboard:/sbin/nologin\n' > "$root/etc/passwd"
printf 'root:x:0:\nswitchboard:x:10001:\n' > "$root/etc/group"
printf 'hosts: files dns\n' > "$root/etc/nsswitch.conf"
mkdir -p "$root/var/lib/switchboard"
