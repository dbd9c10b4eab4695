#!/usr/bin/env bash
# Puts a copy of the embedded H2 database back, one the app made (./backups/mediaprotocol-*.zip),
# with the uploaded files it holds (files/ in the zip). Stop the app first. The database in the data
# directory, and a files directory elsewhere, are kept aside, not deleted.
#
#   scripts/restore-h2.sh BACKUP.zip [DATA_DIRECTORY] [FILES_DIRECTORY]
#
# DATA_DIRECTORY defaults to ./data; FILES_DIRECTORY (mediaprotocol.files.directory) to DATA_DIRECTORY/files.
set -euo pipefail

if [ $# -lt 1 ] || [ $# -gt 3 ]; then
	echo "Usage: $0 BACKUP.zip [DATA_DIRECTORY] [FILES_DIRECTORY]" >&2
	exit 2
fi
backup=$1
data=${2:-./data}
files=${3:-$data/files}

if [ ! -f "$backup" ]; then
	echo "There is no backup file $backup" >&2
	exit 2
fi
# grep reads the whole listing (not -q): with pipefail, unzip cut off early by grep would fail
if ! unzip -tq "$backup" >/dev/null 2>&1 || ! unzip -Z1 "$backup" | grep -x 'mediaprotocol.mv.db' >/dev/null; then
	echo "$backup is not a copy of the Mediaprotocol database (no mediaprotocol.mv.db inside)" >&2
	exit 2
fi
if command -v fuser >/dev/null 2>&1 && [ -e "$data/mediaprotocol.mv.db" ] && fuser -s "$data/mediaprotocol.mv.db" 2>/dev/null; then
	echo "The database in $data is open: stop the app first" >&2
	exit 3
fi

stamp=$(date +%Y%m%d-%H%M%S)
if [ -e "$data" ]; then
	mv "$data" "$data.before-restore-$stamp"
	echo "The database that was there is kept in $data.before-restore-$stamp"
fi
if [ "$files" != "$data/files" ] && [ -e "$files" ]; then
	mv "$files" "$files.before-restore-$stamp"
	echo "The files that were there are kept in $files.before-restore-$stamp"
fi
mkdir -p "$data"
chmod 700 "$data"
unzip -q "$backup" -d "$data"
if [ "$files" != "$data/files" ] && [ -d "$data/files" ]; then
	mkdir -p "$(dirname "$files")"
	mv "$data/files" "$files"
fi
echo "Restored $backup into $data (uploaded files into $files); start the app"
