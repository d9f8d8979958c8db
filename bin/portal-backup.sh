#!/usr/bin/env bash
# Online backup of a running portal's embedded H2 database (see README, Operations).
#
#   PORTAL_ADMIN_EMAIL=admin@example.com bin/portal-backup.sh [portal-url]
#
# Asks the running portal (POST /api/admin/backups, an administrator's e-mail and password over HTTP
# Basic) to write <portal.data-dir>/backups/portal-<UTC time>.zip, a consistent copy taken while it
# keeps serving, and prints the file's name and size. The password comes from PORTAL_ADMIN_PASSWORD,
# or curl asks for it. Use https:// for a portal that is not on this machine.
# On PostgreSQL the portal answers 409: use pg_dump instead (README).
set -euo pipefail

URL="${1:-${PORTAL_URL:-http://localhost:8080}}"
EMAIL="${PORTAL_ADMIN_EMAIL:?set PORTAL_ADMIN_EMAIL to the e-mail of an administrator}"
if [ -n "${PORTAL_ADMIN_PASSWORD:-}" ]; then
  # From a config on stdin, so the password does not show in the process list.
  quoted=$(printf '%s' "$EMAIL:$PORTAL_ADMIN_PASSWORD" | sed -e 's/\\/\\\\/g' -e 's/"/\\"/g')
  printf 'user = "%s"\n' "$quoted" |
    curl -sS --fail-with-body -K - -X POST "${URL%/}/api/admin/backups"
else
  curl -sS --fail-with-body -u "$EMAIL" -X POST "${URL%/}/api/admin/backups"
fi
echo
