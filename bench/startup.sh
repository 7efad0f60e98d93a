#!/usr/bin/env bash
# Start-up and memory of the launcher (bin/unknot) beside the minimal Boot Thymeleaf page (bench/minimal)
# started plainly on JDK 17 (`java -Xmx256m -jar`), in the same run, ROUNDS times each, alternating. The
# launcher's first start may train its cache; the starts measured are the ones after it. For each start:
# seconds to the first answer and RSS then; for the launcher also RSS during and after LOAD seconds of the
# usual mixed load (bench/mix.lua, wrk -t2 -c32). Prints a Markdown table with the ratio to the minimal page.
# Needs wrk and a JDK 17 (JAVA17, default: java on the PATH); the launcher picks its own JDK (UNKNOT_JAVA).
# wrk's connections all come from one address, so the cap on requests in flight per address is off.
# Usage: bench/startup.sh            ROUNDS=2 LOAD=60 by default
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${ROUNDS:-2}
LOAD=${LOAD:-60}
JAVA17=${JAVA17:-java}
work=$(mktemp -d)
pid=
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

./mvnw -q -DskipTests package
./mvnw -q -f bench/minimal/pom.xml -DskipTests package
minimal=$(realpath "$(ls bench/minimal/target/*.jar | grep -v -- '-plain' | head -n 1)")
launcher=$(realpath bin/unknot)
port=18960

rss_mb() { awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$1/status"; }

# Runs a command in a folder of its own (the launcher's keeps its database from one start to the next,
# as a server's does) until the path answers; sets seconds and rss, and leaves pid running.
start() {
  local path=$1 folder=$2; shift 2
  mkdir -p "$work/$folder"
  local begin; begin=$(date +%s%N)
  (cd "$work/$folder" && exec "$@" --server.port="$port" --logging.level.root=warn --unknot.request.max-in-flight-per-client=0 >"$work/app.log" 2>&1) &
  pid=$!
  until curl -fs -o /dev/null "http://localhost:$port$path"; do
    kill -0 "$pid" 2>/dev/null || { cat "$work/app.log" >&2; exit 1; }
    sleep 0.05
  done
  seconds=$(awk -v ns="$(( $(date +%s%N) - begin ))" 'BEGIN {printf "%.1f", ns / 1e9}')
  rss=$(rss_mb "$pid")
}
stop() { kill "$pid"; wait "$pid" 2>/dev/null || true; pid=; }

# The first start through the launcher makes its cache (if it has none) and the database; it is not measured.
start / app "$launcher"
stop

echo "| round | minimal page, JDK 17 plain: s (RSS MB) | bin/unknot: s (RSS MB) | ratio | RSS during / after ${LOAD} s of mixed load |"
echo "| --- | ---: | ---: | ---: | ---: |"
for round in $(seq 1 "$ROUNDS"); do
  rm -rf "$work/minimal"
  start / minimal "$JAVA17" -Xmx256m -jar "$minimal"
  base_s=$seconds base_rss=$rss
  stop
  start /api/body-areas app "$launcher"
  app_s=$seconds app_rss=$rss
  ids=""
  for area in lower-back neck feet; do
    id=$(curl -fs -H 'Content-Type: application/json' -d "{\"areas\":[\"$area\"],\"minutes\":15,\"performer\":\"self\",\"painLevel\":3}" \
      "http://localhost:$port/api/routines" | sed 's/.*"id":"\([^"]*\)".*/\1/')
    ids="$ids${ids:+,}$id"
  done
  ROUTINES="$ids" wrk -t2 -c32 -d"${LOAD}s" -s bench/mix.lua "http://localhost:$port" >/dev/null &
  load=$!
  peak=0
  while kill -0 "$load" 2>/dev/null; do now=$(rss_mb "$pid"); [ "$now" -gt "$peak" ] && peak=$now; sleep 1; done
  after=$(rss_mb "$pid")
  stop
  echo "| $round | $base_s ($base_rss) | $app_s ($app_rss) | $(awk -v a="$app_s" -v b="$base_s" 'BEGIN {printf "%.2f", a / b}') | $peak / $after |"
done
