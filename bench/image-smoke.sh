#!/usr/bin/env bash
# Runs the portal's container image without a container engine, and checks that it serves.
#
# Unpacks the Jib image tar (docker format: manifest.json, config.json, one .tar.gz per layer) into a root
# file system, then starts the image's own entrypoint with the image's own environment inside it, as the
# image's user (10001), in fresh mount and PID namespaces (chroot, /proc and /dev as an engine would give),
# sharing the host's network. Checks: the process runs as uid 10001, /actuator/health/readiness on the
# management port answers UP (with the image's ahead-of-time cache in use), /login on the web port answers 200, the H2 database was written to
# /app/data by uid 10001, and text renders with the image's fonts. Stops the portal at the end.
#
# Usage (as root, Linux):  bench/image-smoke.sh [target/jib-image.tar]
#   SMOKE_PORT (18080) and SMOKE_MANAGEMENT_PORT (18081): the ports the portal listens on here.
#   SMOKE_KEEP=1 keeps the unpacked root file system (its path is printed).
set -euo pipefail

tar_file="${1:-target/jib-image.tar}"
web_port="${SMOKE_PORT:-18080}"
management_port="${SMOKE_MANAGEMENT_PORT:-18081}"
[ "$(id -u)" -eq 0 ] || { echo "image-smoke: run as root (it uses unshare and chroot)" >&2; exit 1; }
[ -f "$tar_file" ] || { echo "image-smoke: no image tar at $tar_file (./mvnw -Pproduction package -DskipTests)" >&2; exit 1; }
for port in "$web_port" "$management_port"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "image-smoke: port $port is taken" >&2; exit 1; fi
done

work="$(mktemp -d /tmp/portal-image-smoke.XXXXXX)"
rootfs="$work/rootfs"
portal_pid=""
cleanup() {
  # unshare --fork ignores SIGTERM while it waits: stop the entrypoint (its child, PID 1 inside), as an
  # engine's "stop" would, and wait for the graceful shutdown; SIGKILL after 40 s.
  if [ -n "$portal_pid" ] && kill -0 "$portal_pid" 2>/dev/null; then
    for child in $(ps -o pid= --ppid "$portal_pid"); do kill -TERM "$child" 2>/dev/null || true; done
    for _ in $(seq 1 40); do kill -0 "$portal_pid" 2>/dev/null || break; sleep 1; done
    for child in $(ps -o pid= --ppid "$portal_pid"); do kill -KILL "$child" 2>/dev/null || true; done
  fi
  if [ -z "${SMOKE_KEEP:-}" ]; then rm -rf "$work"; else echo "image-smoke: kept $work"; fi
}
trap cleanup EXIT

# --- Unpack: the layers in the manifest's order, then read the config the engine would use.
mkdir -p "$work/image" "$rootfs"
tar -xf "$tar_file" -C "$work/image"
python3 - "$work/image" "$work" <<'EOF'
import json, os, shlex, sys
image, work = sys.argv[1], sys.argv[2]
manifest = json.load(open(os.path.join(image, "manifest.json")))[0]
config = json.load(open(os.path.join(image, manifest["Config"])))["config"]
with open(os.path.join(work, "layers"), "w") as f:
    f.write("\n".join(manifest["Layers"]) + "\n")
with open(os.path.join(work, "config.sh"), "w") as f:
    f.write("image_user=%s\n" % shlex.quote(config.get("User", "")))
    f.write("image_workdir=%s\n" % shlex.quote(config.get("WorkingDir", "/")))
    f.write("image_entrypoint=(%s)\n" % " ".join(shlex.quote(a) for a in config.get("Entrypoint", []) + (config.get("Cmd") or [])))
    f.write("image_env=(%s)\n" % " ".join(shlex.quote(e) for e in config.get("Env", [])))
    f.write("image_ports=%s\n" % shlex.quote(" ".join(sorted(config.get("ExposedPorts", {})))))
EOF
while read -r layer; do
  tar --warning=no-unknown-keyword -xzf "$work/image/$layer" -C "$rootfs"
done <"$work/layers"
# shellcheck disable=SC1091
source "$work/config.sh"
uid="${image_user%%:*}"; gid="${image_user##*:}"
echo "image-smoke: $(wc -l <"$work/layers") layers, $(du -sh "$rootfs" | cut -f1) unpacked; user $image_user, ports $image_ports, workdir $image_workdir"
echo "image-smoke: entrypoint ${image_entrypoint[*]}"
[ -n "$uid" ] && [ "$uid" != 0 ] && [ "$uid" != root ] || { echo "image-smoke: FAIL the image runs as root ('$image_user')" >&2; exit 1; }

# What an engine provides at run time: mount points for /proc and /dev, and /etc/hosts.
mkdir -p "$rootfs/proc" "$rootfs/dev"
cp /etc/hosts "$rootfs/etc/hosts"
unshare_bin="$(command -v unshare)"; mount_bin="$(command -v mount)"
# Run inside the new namespaces (by a shell with an empty environment, hence the full paths).
enter="$mount_bin -t proc proc \"\$0/proc\" && $mount_bin --rbind /dev \"\$0/dev\" && wd=\"\$1\" g=\"\$2\" u=\"\$3\" && shift 3 && exec $unshare_bin --root=\"\$0\" --wd=\"\$wd\" --setgid \"\$g\" --setuid \"\$u\" \"\$@\""

# --- Start: new mount and PID namespaces; mount /proc and /dev; then chroot, cd and drop to the image's
# user in one step (unshare --root --wd --setgid --setuid) and exec the entrypoint with only the image's
# environment (plus the two ports). The entrypoint becomes PID 1 of its namespace, as in a container.
# JAVA_TOOL_OPTIONS=-XX:AOTMode=on: the JVM refuses to start unless the image's ahead-of-time cache
# serves this image's runtime and jars (a cache that does not would only make a slow start).
env -i "${image_env[@]}" PORT="$web_port" MANAGEMENT_PORT="$management_port" JAVA_TOOL_OPTIONS=-XX:AOTMode=on \
  "$unshare_bin" --mount --pid --fork --kill-child=TERM --propagation private \
  /bin/sh -c "$enter" "$rootfs" "$image_workdir" "$gid" "$uid" "${image_entrypoint[@]}" >"$work/portal.log" 2>&1 &
portal_pid=$!

fail() { echo "image-smoke: FAIL $*" >&2; echo "--- last lines of the portal's log:" >&2; tail -n 40 "$work/portal.log" >&2; exit 1; }
readiness=""
for _ in $(seq 1 180); do
  kill -0 "$portal_pid" 2>/dev/null || fail "the portal exited"
  readiness="$(curl -fsS "http://127.0.0.1:$management_port/actuator/health/readiness" 2>/dev/null || true)"
  [[ "$readiness" == *'"UP"'* ]] && break
  sleep 1
done
[[ "$readiness" == *'"UP"'* ]] || fail "readiness never answered UP (last answer: '$readiness')"
started="$(grep -o 'Started Application in [0-9.]* seconds' "$work/portal.log" | head -n 1 || true)"
# The entrypoint runs the build's Spring AOT code (-Dspring.aot.enabled=true; issue 20).
grep -q 'Starting AOT-processed Application' "$work/portal.log" || fail "the portal did not start its ahead-of-time code"

# The java process: the one child of the unshare (the entrypoint exec'd itself into it).
java_pid="$(ps -o pid= --ppid "$portal_pid" | tr -d ' ' | head -n 1)"
[ -n "$java_pid" ] || fail "no process under unshare"
process_uid="$(awk '/^Uid:/ {print $2}' "/proc/$java_pid/status")"
process_gid="$(awk '/^Gid:/ {print $2}' "/proc/$java_pid/status")"
process_exe="$(readlink "/proc/$java_pid/exe" | sed "s|^$rootfs||")"
[ "$process_uid" = "$uid" ] || fail "the portal runs as uid $process_uid, not $uid"

login_status="$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$web_port/login")"
[ "$login_status" = 200 ] || fail "/login answered $login_status"
liveness="$(curl -fsS "http://127.0.0.1:$management_port/actuator/health/liveness" || true)"
database="$(find "$rootfs/app/data" -maxdepth 1 -name '*.mv.db' -printf '%f owned by uid %U\n' | head -n 1)"
[ -n "$database" ] || fail "no H2 database in /app/data"

# Text rendering with the image's fontconfig and fonts (charts and generated artwork need it): a tiny
# class compiled by the host's JDK, run by the image's runtime as the image's user.
fonts="skipped (no javac on this machine)"
javac_bin="${JAVA_HOME:+$JAVA_HOME/bin/}javac"
if command -v "$javac_bin" >/dev/null; then
  mkdir -p "$work/fontcheck"
  cat >"$work/fontcheck/FontCheck.java" <<'EOF'
public class FontCheck {
    public static void main(String[] args) throws Exception {
        var image = new java.awt.image.BufferedImage(240, 40, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.BOLD, 14));
        g.drawString("Publisher Portal", 4, 24);
        var png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", png);
        System.out.println("\"Publisher Portal\" is " + g.getFontMetrics().stringWidth("Publisher Portal")
                + " px wide in " + g.getFontMetrics().getFont().getFontName() + ", PNG " + png.size() + " bytes");
    }
}
EOF
  "$javac_bin" --release 21 -d "$rootfs/tmp/fontcheck" "$work/fontcheck/FontCheck.java"
  fonts="$(env -i "${image_env[@]}" "$unshare_bin" --mount --pid --fork --kill-child=TERM --propagation private \
    /bin/sh -c "$enter" "$rootfs" /tmp "$gid" "$uid" /opt/java/bin/java -XX:-UsePerfData -Djava.awt.headless=true -cp /tmp/fontcheck FontCheck 2>&1)" \
    || fail "text rendering: $fonts"
fi

echo "image-smoke: ${started:-started}; process $process_exe runs as uid $process_uid gid $process_gid"
echo "image-smoke: readiness :$management_port/actuator/health/readiness -> $readiness"
echo "image-smoke: liveness  :$management_port/actuator/health/liveness -> $liveness"
echo "image-smoke: login     :$web_port/login -> HTTP $login_status"
echo "image-smoke: database  /app/data/$database"
echo "image-smoke: fonts     $fonts"
echo "image-smoke: OK (stopping the portal)"
