#!/usr/bin/env bash
# Restores a backup zip written by bin/portal-backup.sh into a NEW data directory (see README, Operations).
#
#   bin/portal-restore.sh backups/portal-20261201T010203.456Z.zip /srv/portal/data-restored
#
# Refuses a target directory that exists and is not empty: stop the portal, restore into a fresh
# directory, then start the portal on it (--portal.data-dir=... or PORTAL_DATA_DIR). Flyway then
# brings the schema up to date if the backup is older than the portal.
set -euo pipefail

if [ $# -ne 2 ]; then
  echo "usage: $0 <backup.zip> <new-data-dir>" >&2
  exit 2
fi
ZIP="$1"
TARGET="$2"

[ -f "$ZIP" ] || { echo "No such backup: $ZIP" >&2; exit 1; }
if ! unzip -Z1 "$ZIP" | grep -qx 'portal.mv.db'; then
  echo "$ZIP does not hold portal.mv.db: not a portal backup" >&2
  exit 1
fi
if [ -e "$TARGET" ] && [ -n "$(ls -A "$TARGET" 2>/dev/null)" ]; then
  echo "Refusing to restore into $TARGET: it is not empty (restore into a new directory)" >&2
  exit 1
fi
mkdir -p "$TARGET"
unzip -q "$ZIP" portal.mv.db -d "$TARGET"
unzip -tq "$ZIP" >/dev/null
echo "Restored $(du -h "$TARGET/portal.mv.db" | cut -f1) into $TARGET/portal.mv.db."
echo "Start the portal on it: java -jar publisher-portal.jar --portal.data-dir=$TARGET"
