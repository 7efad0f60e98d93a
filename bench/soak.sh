#!/usr/bin/env bash
# Soak test (not part of ./mvnw verify): the packaged app under -Xmx256m, 32 connections for
# MINUTES minutes (default 10) over a mix of pages, builds and PDFs (mix.lua). Prints, each minute,
# requests per second, errors (non-2xx/3xx answers and socket errors) and the process's RSS.
# wrk's connections all come from one address, so the cap on requests in flight per address is off.
# Needs wrk (Debian package wrk) and a JDK. Usage: bench/soak.sh [minutes]
set -euo pipefail
cd "$(dirname "$0")/.."
minutes=${1:-10}
port=${PORT:-18080}
work=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT

[ -f target/unknot-0.1.0-SNAPSHOT.jar ] || ./mvnw -q -DskipTests package
(cd "$work" && exec java -Xmx256m -jar "$OLDPWD/target/unknot-0.1.0-SNAPSHOT.jar" --server.port="$port" \
  --logging.level.root=warn --unknot.request.max-in-flight-per-client=0 >"$work/app.log" 2>&1) &
pid=$!
until curl -fs -o /dev/null "http://localhost:$port/actuator/health/readiness"; do sleep 0.5; done

ids=""
for area in lower-back neck feet; do
  id=$(curl -fs -H 'Content-Type: application/json' -d "{\"areas\":[\"$area\"],\"minutes\":15,\"performer\":\"self\",\"painLevel\":3}" \
    "http://localhost:$port/api/routines" | sed 's/.*"id":"\([^"]*\)".*/\1/')
  ids="$ids${ids:+,}$id"
done
rss() { awk '/VmRSS/ {printf "%d MB", $2 / 1024}' "/proc/$(pgrep -P "$pid" java || echo "$pid")/status"; }

echo "minute  req/s    errors  RSS"
total_errors=0
for minute in $(seq 1 "$minutes"); do
  out=$(ROUTINES="$ids" wrk -t2 -c32 -d60s -s bench/mix.lua "http://localhost:$port")
  rate=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  non2xx=$(awk '/Non-2xx or 3xx/ {print $5}' <<<"$out")
  socket=$(awk -F'[ ,]+' '/Socket errors/ {print $4 + $6 + $8 + $10}' <<<"$out")
  errors=$(( ${non2xx:-0} + ${socket:-0} ))
  total_errors=$(( total_errors + errors ))
  printf "%6d  %7s  %6d  %s\n" "$minute" "$rate" "$errors" "$(rss)"
done
echo "errors in all: $total_errors"
