#!/usr/bin/env bash
# A backup of the PostgreSQL database, in pg_dump's custom format (compressed, restorable table by table).
# The connection comes from libpq's environment (PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD or ~/.pgpass).
# pg_dump's major version must be at least the server's. The file holds every record about children and
# staff: keep it encrypted and as short as the board's retention allows.
# With FILES_DIRECTORY (mediaprotocol.files.directory, the uploaded files on shared storage), the
# files go into FILE.files.tar, copied after the database: a file is written before its record
# commits, so every file the dump refers to is there. A board with an S3-compatible store backs
# up its bucket instead (versioning or replication), after the dump.
#
#   scripts/backup-postgres.sh FILE [FILES_DIRECTORY]
set -euo pipefail

if [ $# -lt 1 ] || [ $# -gt 2 ]; then
	echo "Usage: $0 FILE [FILES_DIRECTORY]" >&2
	exit 2
fi
if [ $# -eq 2 ] && [ ! -d "$2" ]; then
	echo "There is no files directory $2" >&2
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
if [ $# -eq 2 ]; then
	# a file deleted while tar reads the directory makes it exit with 1: its record is gone too
	tar --create --file="$1.files.tar.partial" --directory="$2" --exclude='*.partial' \
		--warning=no-file-removed --warning=no-file-changed . || [ $? -eq 1 ]
	mv "$1.files.tar.partial" "$1.files.tar"
	echo "Backed up the uploaded files in $2 to $1.files.tar"
fi
