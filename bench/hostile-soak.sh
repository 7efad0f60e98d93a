#!/usr/bin/env bash
# Hostile soak (not part of ./mvnw verify): the packaged app under -Xmx256m for MINUTES minutes (default
# 10), with its limits on, while ordinary visitors browse with wrk (32 connections over bench/mix.lua,
# each request from its own address as a proxy in front would name it: bench/visitors.lua), one
# hostile client floods writes (routines, session logs, versions: 4 curl loops from 127.0.0.2) and another
# keeps SLOW uploads going (default 40 at once, each a 1 KB POST sent at 1 byte a second, from 127.0.0.3).
# Samples the app's RSS (/proc) and heap after its latest GC (its GC log) every 10 s. Prints visitor
# requests, answers by status and latency percentiles, the hostile clients' answers by status, and RSS
# and heap each minute. Visitors alone warm the app up for WARM seconds first. The app reads X-Forwarded-For (server.forward-headers-strategy=native), as
# behind a proxy; the hostile clients send none, so each is its own address with its own limits.
# Needs wrk, curl and a JDK. Usage: bench/hostile-soak.sh JAR [minutes]
#   PORT=18091 SLOW=40 WARM=30 JAVA_FLAGS="-Xmx256m" (e.g. the README's recommended flags, with MALLOC_ARENA_MAX=2)
set -euo pipefail
jar=$(realpath "${1:?usage: bench/hostile-soak.sh JAR [minutes]}")
minutes=${2:-10}
cd "$(dirname "$0")/.."
port=${PORT:-18091}
slow=${SLOW:-40}
base=http://127.0.0.1:$port
work=$(mktemp -d)
pids=()
cleanup() {
  for p in "${pids[@]}"; do pkill -P "$p" 2>/dev/null || true; kill "$p" 2>/dev/null || true; done
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

(cd "$work" && exec java ${JAVA_FLAGS:--Xmx256m} -Xlog:gc:file="$work/gc.log" -jar "$jar" --server.port="$port" \
  --logging.level.root=warn --server.forward-headers-strategy=native >"$work/app.log" 2>&1) &
app=$!
pids+=("$app")
until curl -fs -o /dev/null "$base/actuator/health/readiness"; do kill -0 "$app" || { cat "$work/app.log"; exit 1; }; sleep 0.5; done

new_routine() {
  curl -fs -H 'Content-Type: application/json' -d "{\"areas\":[\"$1\"],\"minutes\":15,\"performer\":\"self\",\"painLevel\":3}" \
    "$base/api/routines" | sed 's/.*"id":"\([^"]*\)".*/\1/'
}
ids=""
for area in lower-back neck feet; do ids="$ids${ids:+,}$(new_routine "$area")"; done
victim=${ids%%,*}
# As a server that has been up a while: visitors alone for WARM seconds first (not counted), so the JIT and
# the kept pages are warm before the hostile clients arrive.
ROUTINES="$ids" wrk -t2 -c32 -d"${WARM:-30}s" -s bench/visitors.lua "$base" >/dev/null

rss_mb() { awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$app/status"; }
# The heap in use after the latest collection, from lines such as "Pause Young (Normal) ... 150M->41M(256M)".
heap_mb() { grep -o -- '->[0-9]*M' "$work/gc.log" | tail -n 1 | tr -dc '0-9'; }
sample() { while true; do echo "$(date +%s) $(rss_mb) $(heap_mb)" >>"$work/samples"; sleep 10; done; }
sample &
pids+=($!)

# The flood: saves as fast as the app answers them, each answer's status noted.
flood() {
  local body
  while true; do
    case $(( RANDOM % 3 )) in
      0) curl -s -o /dev/null -w '%{http_code}\n' --max-time 10 --interface 127.0.0.2 -H 'Content-Type: application/json' \
           -d '{"areas":["neck"],"minutes":10,"performer":"self","painLevel":2}' "$base/api/routines" ;;
      1) curl -s -o /dev/null -w '%{http_code}\n' --max-time 10 --interface 127.0.0.2 -H 'Content-Type: application/json' \
           -d '{"painBefore":5,"painAfter":3,"note":"flood"}' "$base/api/routines/$victim/sessions" ;;
      2) curl -s -o /dev/null -w '%{http_code}\n' --max-time 10 --interface 127.0.0.2 -H 'Content-Type: application/json' \
           -d '{"steps":[{"technique":"self-neck-massage","seconds":90,"note":"flood"}]}' "$base/api/routines/$victim/versions" ;;
    esac
  done >>"$work/flood"
}
for i in 1 2 3 4; do flood 2>/dev/null & pids+=($!); done

# The slow uploads: each a kilobyte sent at a byte a second, started again as soon as it ends.
head -c 1000 /dev/zero | tr '\0' ' ' >"$work/slow-body"
trickle() {
  while true; do
    curl -s -o /dev/null -w '%{http_code}\n' --max-time 60 --interface 127.0.0.3 --limit-rate 1 \
      -H 'Content-Type: application/json' --data-binary @"$work/slow-body" "$base/api/routines"
  done >>"$work/slow"
}
for i in $(seq 1 "$slow"); do trickle 2>/dev/null & pids+=($!); done

ROUTINES="$ids" wrk -t2 -c32 -d"${minutes}m" --timeout 5s --latency -s bench/visitors.lua "$base" >"$work/wrk"

answers() { sort "$1" | uniq -c | awk '{printf "%s%s: %s", sep, ($2 == "000" ? "no answer" : $2), $1; sep = ", "} END {print ""}'; }
echo "Hostile soak: $minutes min, visitors wrk -c32 (each request its own address), a write flood (127.0.0.2), $slow slow uploads (127.0.0.3)"
awk '/requests in/ {print "visitor requests: " $1}' "$work/wrk"
non2xx=$(awk '/Non-2xx or 3xx/ {print $5}' "$work/wrk")
socket=$(awk -F'[ ,]+' '/Socket errors/ {print "connect " $5 ", read " $7 ", write " $9 ", timeout " $11}' "$work/wrk")
echo "visitor errors: non-2xx/3xx ${non2xx:-0}; socket errors: ${socket:-none}"
grep "^visitor answers" "$work/wrk"
awk '$1 ~ /^(50|75|90|99)%$/ {printf "%s%s %s", sep, $1, $2; sep = ", "} END {print ""}' "$work/wrk" | sed 's/^/visitor latency: /'
echo "flood answers: $(answers "$work/flood")"
echo "slow upload answers: $(answers "$work/slow")"
echo "RSS and heap after GC, each minute:"
awk '(NR - 1) % 6 == 0 {printf "  %2d min: RSS %d MB, heap %s MB\n", (NR - 1) / 6, $2, ($3 == "" ? "?" : $3)}' "$work/samples"
