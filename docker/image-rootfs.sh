#!/usr/bin/env bash
# Builds the base file tree of the portal's container image into a directory (default target/image-rootfs),
# without a container registry or a Docker engine. Jib (pom.xml, profile "production") starts from the empty
# "scratch" image and adds this tree as an extra directory, then the application's layers on top.
#
# The tree holds:
#   /opt/java                  a Java runtime cut by jlink from the JDK that runs the build (only the modules
#                              the portal needs), so the image runs the same Java as the build and tests;
#   /lib/..., /lib64/...       the glibc libraries and dynamic loader that runtime links against, and
#                              fontconfig with its libraries (charts and generated artwork measure text),
#                              copied from this (Debian/glibc) machine as ldd reports them;
#   /usr/share/fonts, /etc/fonts  the DejaVu fonts and a minimal fontconfig file;
#   /etc/passwd, /etc/group, /etc/nsswitch.conf  root and the "portal" user (uid/gid 10001) the image runs as;
#   /app/data, /tmp            empty directories (Jib makes them writable for everyone: it cannot set owners).
#
# Usage: docker/image-rootfs.sh [output-dir] [java-home]     (Linux x86_64 or aarch64 with glibc only)
# Needs: a JDK 21+ with jlink, ldd, fontconfig and fonts-dejavu-core (Debian: libfontconfig1 fonts-dejavu-core).
set -euo pipefail

out="${1:-target/image-rootfs}"
java_home="${2:-${JAVA_HOME:-}}"
[ -n "$java_home" ] && [ -x "$java_home/bin/jlink" ] || { echo "image-rootfs: no jlink in JAVA_HOME='$java_home'" >&2; exit 1; }
[ "$(uname -s)" = Linux ] || { echo "image-rootfs: builds a Linux image from Linux only (skip with -Dportal.image.skip=true)" >&2; exit 1; }
command -v ldd >/dev/null || { echo "image-rootfs: ldd is missing" >&2; exit 1; }

fontconfig_lib=""
for candidate in /usr/lib/*-linux-gnu/libfontconfig.so.1 /lib/*-linux-gnu/libfontconfig.so.1 /usr/lib64/libfontconfig.so.1; do
  [ -e "$candidate" ] && { fontconfig_lib="$candidate"; break; }
done
fonts_dir=/usr/share/fonts/truetype/dejavu
[ -n "$fontconfig_lib" ] && [ -e "$fonts_dir/DejaVuSans.ttf" ] \
  || { echo "image-rootfs: needs fontconfig and the DejaVu fonts (Debian: apt-get install libfontconfig1 fonts-dejavu-core)" >&2; exit 1; }

# Java modules: java.se plus what Spring Boot, Vaadin, H2, PostgreSQL's driver and Actuator reach for at run time
# (jdk.unsupported: sun.misc.Unsafe; jdk.crypto.ec / jdk.crypto.cryptoki: TLS; jdk.zipfs: jar file systems;
# jdk.management*: JMX and process metrics; jdk.localedata: the non-English locales' formats; jdk.charsets,
# jdk.naming.dns, jdk.net, jdk.jfr, jdk.security.*: small, and a missing one only shows up in production).
modules=java.se,jdk.unsupported,jdk.crypto.ec,jdk.crypto.cryptoki,jdk.zipfs,jdk.management,jdk.management.agent,jdk.management.jfr,jdk.jfr,jdk.localedata,jdk.charsets,jdk.naming.dns,jdk.net,jdk.security.auth,jdk.security.jgss,jdk.httpserver,jdk.jcmd
available="$("$java_home/bin/java" --list-modules | sed 's/@.*//')"
selected=""
for m in ${modules//,/ }; do
  if grep -qx "$m" <<<"$available"; then selected="${selected:+$selected,}$m"; fi
done

rm -rf "$out"
mkdir -p "$out/opt" "$out/etc/fonts" "$out/usr/share/fonts/truetype/dejavu" "$out/app/data" "$out/tmp"
"$java_home/bin/jlink" --add-modules "$selected" --output "$out/opt/java" \
  --strip-debug --no-man-pages --no-header-files --compress=zip-6 \
  || { echo "image-rootfs: jlink failed; a JDK without jmods/ needs JEP 493 (JDK 24+), else install its jmods (Debian: openjdk-<version>-jmods)" >&2; exit 1; }
# A class-data sharing archive for the runtime's own classes: a faster start, made by the runtime itself.
"$out/opt/java/bin/java" -Xshare:dump -version >/dev/null 2>&1 || true

# Every shared library the runtime (and fontconfig, which the JDK loads with dlopen) links against, at the
# path ldd reports, as a regular file (the image needs no symbolic links). The portal runs headless: the
# runtime's X11, sound and splash-screen libraries are never loaded, so their X11/ALSA libraries stay out.
libs="$( { find "$out/opt/java" -type f \( -name '*.so' -o -path '*/bin/*' \) \
             ! -name libawt_xawt.so ! -name libjawt.so ! -name libsplashscreen.so ! -name libjsound.so -print0 \
           | xargs -0 ldd 2>/dev/null || true; ldd "$fontconfig_lib"; } \
  | sed -nE 's/.*=> (\/[^ ]+) \(.*/\1/p; s/^[[:space:]]*(\/[^ ]+) \(.*/\1/p' | grep -v "^$out" | sort -u)"
# glibc loads libgcc_s with dlopen to unwind (thread cancellation, backtraces in a crash report): it comes too.
gcc_s="$( { ldconfig -p || /sbin/ldconfig -p; } 2>/dev/null | sed -nE 's/^[[:space:]]*libgcc_s\.so\.1 \(libc6,(x86-64|AArch64)[^)]*\) => (.*)$/\2/p' | head -n 1 || true)"
for lib in $libs $fontconfig_lib $gcc_s; do
  mkdir -p "$out$(dirname "$lib")"
  cp -L "$lib" "$out$lib"
done
# Debian's loader also looks in /usr/lib/<arch>: the copies live where ldd found them (/lib/<arch>).

cp -L "$fonts_dir"/DejaVuSans.ttf "$fonts_dir"/DejaVuSans-Bold.ttf "$fonts_dir"/DejaVuSerif.ttf \
  "$fonts_dir"/DejaVuSerif-Bold.ttf "$fonts_dir"/DejaVuSansMono.ttf "$fonts_dir"/DejaVuSansMono-Bold.ttf \
  "$out/usr/share/fonts/truetype/dejavu/"
cat >"$out/etc/fonts/fonts.conf" <<'EOF'
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <dir>/usr/share/fonts</dir>
  <cachedir>/tmp/fontconfig</cachedir>
  <alias><family>sans-serif</family><prefer><family>DejaVu Sans</family></prefer></alias>
  <alias><family>serif</family><prefer><family>DejaVu Serif</family></prefer></alias>
  <alias><family>monospace</family><prefer><family>DejaVu Sans Mono</family></prefer></alias>
</fontconfig>
EOF

cat >"$out/etc/passwd" <<'EOF'
root:x:0:0:root:/root:/sbin/nologin
portal:x:10001:10001:Publisher Portal:/app:/sbin/nologin
nobody:x:65534:65534:nobody:/nonexistent:/sbin/nologin
EOF
cat >"$out/etc/group" <<'EOF'
root:x:0:
portal:x:10001:
nogroup:x:65534:
EOF
cat >"$out/etc/nsswitch.conf" <<'EOF'
passwd: files
group: files
hosts: files dns
EOF
# Keeps git and Maven from dropping the empty directories; Jib copies the files too (harmless).
: >"$out/app/data/.keep"
: >"$out/tmp/.keep"

# Every file dated as Jib dates the image's files (1970-01-01T00:00:01Z): the ahead-of-time cache trained
# against this runtime (bin/portal-aot-cache.sh) checks the runtime's files by size and time.
find "$out" -exec touch -h -d @1 {} +

echo "image-rootfs: $(du -sh "$out" | cut -f1) in $out (Java $("$out/opt/java/bin/java" -version 2>&1 | head -n 1 | sed -nE 's/.*"(.*)".*/\1/p'); modules $selected)"
