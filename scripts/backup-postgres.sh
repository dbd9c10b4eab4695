#!/usr/bin/env bash
# A backup of the PostgreSQL database, in pg_dump's custom format (compressed, restorable table by table).
# The connection comes from libpq's environment (PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD or ~/.pgpass).
# pg_dump's major version must be at least the server's. The file holds every record about children and
# staff: keep it encrypted and as short as the board's retention allows.
#
#   scripts/backup-postgres.sh FILE
set -euo pipefail

if [ $# -ne 1 ]; then
	echo "Usage: $0 FILE" >&2
	exit 2
fi
if [ -z "${PGDATABASE:-}" ]; then
	echo "Set PGDATABASE (and PGHOST, PGPORT, PGUSER, PGPASSWORD as needed) to the database" >&2
	exit 2
fi
umask 077
pg_dump --format=custom --no-owner --no-privileges --file="$1.partial"
mv "$1.partial" "$1"
echo "Backed up database $PGDATABASE to $1"
