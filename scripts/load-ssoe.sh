#!/usr/bin/env bash
# The load test at SSOE scale as the figures in docs/load-and-scale.md were measured: the app built
# and started on a fresh embedded database (demo board, -Xmx2g, C2 on), a warm-up at 60 requests/s,
# one run at the target rate that is not counted (the JVM compiles the hot code and the pages'
# expressions in it), then the measured run. Prints Gatling's summary of the measured run, the
# course of the run per ten seconds, and the application's CPU time per request.
#
#   scripts/load-ssoe.sh [RPS] [RAMP_SECONDS] [HOLD_SECONDS]      # defaults 300 20 60
#
# Run from the repository, with ../shared beside it (the protocol text). Port 18080 must be free.
# Takes about five minutes. Everything it writes is under target/load-ssoe.
set -euo pipefail

rps=${1:-300}
ramp=${2:-20}
hold=${3:-60}
port=18080
repo=$(cd "$(dirname "$0")/.." && pwd)
work=$repo/target/load-ssoe

cd "$repo"
./mvnw -q -B compile dependency:build-classpath -Dmdep.outputFile="$work.classpath" -Dmdep.includeScope=runtime
# the app runs on a JDK of 21 or later (Maven itself may run on an older one): JAVA_FOR_APP, or the
# newest such JDK under /usr/lib/jvm
java=${JAVA_FOR_APP:-}
if [ -z "$java" ]; then
	for candidate in /usr/lib/jvm/*/bin/java; do
		major=$("$candidate" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ { print $2 }')
		if [ "${major:-0}" -ge 21 ] && [ "${major}" -ge "${best:-0}" ]; then
			best=$major
			java=$candidate
		fi
	done
fi
if [ -z "$java" ]; then
	echo "No JDK 21 or later found; set JAVA_FOR_APP to its java" >&2
	exit 1
fi
"$java" -version 2>&1 | head -1

# a directory beside ../shared, as the app reads the protocol text from there
rm -rf "$work" && mkdir -p "$work/run"
ln -sfn "$(cd "$repo/../shared" && pwd)" "$work/shared"
cd "$work/run"
"$java" -Xmx2g -cp "$repo/target/classes:$(cat "$work.classpath")" nl.mediaprotocol.MediaprotocolApplication \
	--mediaprotocol.demo.password=demo --server.port=$port --mediaprotocol.reporting.reports-per-hour=1000000 \
	--logging.level.root=WARN >"$work/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do
	if curl -sf "http://localhost:$port/login" >/dev/null; then
		break
	fi
	sleep 1
done

cd "$repo"
gatling() {
	./mvnw -B -Pload gatling:test -DbaseUrl="http://localhost:$port" -Dpassword=demo "$@"
}
echo "warm-up, then one run not counted"
gatling -Drps=60 -Dramp=5 -Dhold=25 >"$work/warm-up.log" 2>&1 || true
gatling -Drps="$rps" -Dramp="$ramp" -Dhold="$hold" >"$work/not-counted.log" 2>&1 || true
ticks() { awk '{ print $14 + $15 }' "/proc/$app/stat"; }
before=$(ticks)
status=0
gatling -Drps="$rps" -Dramp="$ramp" -Dhold="$hold" >"$work/measured.log" 2>&1 || status=$?
after=$(ticks)
sed -n '/request (ramp included)/,/^all requests/p' "$work/measured.log"
grep '^answered in' "$work/measured.log" || true
grep -E '^Global:' "$work/measured.log" || true
requests=$(awk '/^all requests/ { print $3 }' "$work/measured.log")
seconds=$(echo "($after - $before) / $(getconf CLK_TCK)" | bc -l)
printf 'application CPU: %.1f s for %d requests, %.2f ms per request\n' "$seconds" "$requests" \
	"$(echo "$seconds * 1000 / $requests" | bc -l)"
exit $status
