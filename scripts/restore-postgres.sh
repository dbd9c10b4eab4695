#!/usr/bin/env bash
# Restores a backup made by backup-postgres.sh into an EMPTY database (create it first, owned by the
# app's user), in one transaction: it stops at the first error and then leaves the database empty.
# The connection comes from libpq's environment (PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD).
# Then point the app at that database; Flyway finds the schema at the version of the backup and
# migrates it further if the app is newer.
#
#   scripts/restore-postgres.sh FILE
set -euo pipefail

if [ $# -ne 1 ]; then
	echo "Usage: $0 FILE" >&2
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
tables=$(psql --no-psqlrc --tuples-only --no-align --command="select count(*) from pg_tables where schemaname = 'public'")
if [ "$tables" != "0" ]; then
	echo "Database $PGDATABASE is not empty ($tables tables): restore into a new database" >&2
	exit 3
fi
pg_restore --no-owner --no-privileges --exit-on-error --single-transaction --dbname="$PGDATABASE" "$1"
echo "Restored $1 into $PGDATABASE"
