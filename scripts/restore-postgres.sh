#!/usr/bin/env bash
# Restores a backup made by backup-postgres.sh into an EMPTY database (create it first, owned by the
# app's user), in one transaction: it stops at the first error and then leaves the database empty.
# The connection comes from libpq's environment (PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD).
# Then point the app at that database; Flyway finds the schema at the version of the backup and
# migrates it further if the app is newer.
# With FILES_DIRECTORY, the uploaded files backed up with it (FILE.files.tar) go into that
# directory, which must be new or empty; point mediaprotocol.files.directory at it.
#
#   scripts/restore-postgres.sh FILE [FILES_DIRECTORY]
set -euo pipefail

if [ $# -lt 1 ] || [ $# -gt 2 ]; then
	echo "Usage: $0 FILE [FILES_DIRECTORY]" >&2
	exit 2
fi
if [ -z "${PGDATABASE:-}" ]; then
	echo "Set PGDATABASE (and PGHOST, PGPORT, PGUSER, PGPASSWORD as needed) to the database" >&2
	exit 2
fi
if [ ! -f "$1" ]; then
	echo "There is no backup file $1" >&2
	exit 2
fi
if [ $# -eq 2 ]; then
	if [ ! -f "$1.files.tar" ]; then
		echo "There is no backup of the uploaded files $1.files.tar" >&2
		exit 2
	fi
	if [ -d "$2" ] && [ -n "$(ls -A "$2")" ]; then
		echo "Files directory $2 is not empty: restore into a new one" >&2
		exit 3
	fi
fi
tables=$(psql --no-psqlrc --tuples-only --no-align --command="select count(*) from pg_tables where schemaname = 'public'")
if [ "$tables" != "0" ]; then
	echo "Database $PGDATABASE is not empty ($tables tables): restore into a new database" >&2
	exit 3
fi
pg_restore --no-owner --no-privileges --exit-on-error --single-transaction --dbname="$PGDATABASE" "$1"
echo "Restored $1 into $PGDATABASE"
if [ $# -eq 2 ]; then
	mkdir -p "$2"
	chmod 700 "$2"
	tar --extract --file="$1.files.tar" --directory="$2"
	echo "Restored the uploaded files of $1 into $2"
fi
