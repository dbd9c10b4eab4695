#!/usr/bin/env bash
# Puts a copy of the embedded H2 database back, one the app made (./backups/mediaprotocol-*.zip).
# Stop the app first. The database in the data directory is kept aside, not deleted.
#
#   scripts/restore-h2.sh BACKUP.zip [DATA_DIRECTORY]      (default ./data)
set -euo pipefail

if [ $# -lt 1 ] || [ $# -gt 2 ]; then
	echo "Usage: $0 BACKUP.zip [DATA_DIRECTORY]" >&2
	exit 2
fi
backup=$1
data=${2:-./data}

if [ ! -f "$backup" ]; then
	echo "There is no backup file $backup" >&2
	exit 2
fi
if ! unzip -tq "$backup" >/dev/null 2>&1 || ! unzip -Z1 "$backup" | grep -qx 'mediaprotocol.mv.db'; then
	echo "$backup is not a copy of the Mediaprotocol database (no mediaprotocol.mv.db inside)" >&2
	exit 2
fi
if command -v fuser >/dev/null 2>&1 && [ -e "$data/mediaprotocol.mv.db" ] && fuser -s "$data/mediaprotocol.mv.db" 2>/dev/null; then
	echo "The database in $data is open: stop the app first" >&2
	exit 3
fi

if [ -e "$data" ]; then
	aside="$data.before-restore-$(date +%Y%m%d-%H%M%S)"
	mv "$data" "$aside"
	echo "The database that was there is kept in $aside"
fi
mkdir -p "$data"
chmod 700 "$data"
unzip -q "$backup" -d "$data"
echo "Restored $backup into $data; start the app"
