#!/usr/bin/env bash
# Speed and memory benchmark: the packaged app beside a minimal Boot Thymeleaf page (bench/minimal),
# both started as `java -Xmx256m -jar`, measured in the same run so the ratios carry between
# machines. For each page: WARM seconds of load, then RUN seconds measured with wrk -t2 -c32.
# Prints a Markdown table: requests per second, p50, p99, and the ratio to the minimal page; start
# to first answer; RSS after the load. Needs wrk (Debian package wrk) and a JDK.
# wrk's connections all come from one address, so the cap on requests in flight per address is off.
# Usage: bench/bench.sh            WARM=15 RUN=15 by default
#        CATALOG=5000 bench/bench.sh   also with 5,000 generated techniques (bench data, never the real catalog)
set -euo pipefail
cd "$(dirname "$0")/.."
WARM=${WARM:-15}
RUN=${RUN:-15}
work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

./mvnw -q -DskipTests package
./mvnw -q -f bench/minimal/pom.xml -DskipTests package

# Starts a jar on a port in its own directory; sets started_pid and started_ms (to the first 200 of a path).
start() {
  local jar=$1 port=$2 path=$3; shift 3
  mkdir -p "$work/$port"
  local begin; begin=$(date +%s%N)
  (cd "$work/$port" && exec java -Xmx256m -jar "$jar" --server.port="$port" --logging.level.root=warn --unknot.request.max-in-flight-per-client=0 "$@" \
    >"$work/$port/app.log" 2>&1) &
  started_pid=$!
  pids+=("$started_pid")
  until curl -fs -o /dev/null "http://localhost:$port$path"; do sleep 0.05; done
  started_ms=$(( ($(date +%s%N) - begin) / 1000000 ))
}

# The mean milliseconds of 20 renders of a page that are not served from memory: each adds a
# parameter no page reads, which the cache of rendered pages keys on like any other.
uncached_ms() {
  local url=$1 total=0 join="?"
  [[ $url == *\?* ]] && join="&"
  for i in $(seq 1 20); do
    total=$(awk -v t="$total" -v s="$(curl -fs -o /dev/null -w '%{time_total}' "$url${join}bench=$RANDOM$i")" \
      'BEGIN {print t + s}')
  done
  awk -v t="$total" 'BEGIN {printf "%.1f", t * 1000 / 20}'
}

rss_mb() { awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$1/status"; }

# Loads a URL for WARM seconds, measures RUN seconds; prints "req/s p50 p99" (latencies in ms).
measure() {
  local url=$1 script=${2:-}
  local args=(-t2 -c32 --latency)
  [ -n "$script" ] && args+=(-s "$script")
  wrk "${args[@]}" -d"${WARM}s" "$url" >/dev/null
  wrk "${args[@]}" -d"${RUN}s" "$url" | awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /Requests\/sec/ { rps = $2 }
    $1 == "50%" { p50 = ms($2) }
    $1 == "99%" { p99 = ms($2) }
    /Non-2xx/ { bad = $5 }
    END { printf "%d %.1f %.1f %d\n", rps, p50, p99, bad }'
}

minimal_port=18081
app_port=18082
start "$PWD/bench/minimal/target/minimal-page-1.jar" $minimal_port /
minimal_start=$started_ms
read -r minimal_rps minimal_p50 minimal_p99 _ < <(measure "http://localhost:$minimal_port/")
minimal_rss=$(rss_mb "$started_pid")
kill "$started_pid"; wait "$started_pid" 2>/dev/null || true

jar="$PWD/target/unknot-0.1.0-SNAPSHOT.jar"
if [ -n "${CATALOG:-}" ]; then
  # The generated techniques go into a copy of the jar beside the real content files.
  bench/generate-catalog.sh "$CATALOG" "$work/extra/BOOT-INF/classes/catalog/techniques"
  cp "$jar" "$work/unknot-bench.jar"
  jar="$work/unknot-bench.jar"
  (cd "$work/extra" && jar --update --no-compress --file "$jar" BOOT-INF)
fi
start "$jar" $app_port /techniques
app_start=$started_ms
app_pid=$started_pid
base=http://localhost:$app_port
new_routine() {
  curl -fs -H 'Content-Type: application/json' -d "{\"areas\":[\"$1\"],\"minutes\":${2:-15},\"performer\":\"self\",\"painLevel\":3}" \
    "$base/api/routines" | sed 's/.*"id":"\([^"]*\)".*/\1/'
}
routine=$(new_routine lower-back)

echo "| page | req/s | p50 ms | p99 ms | req/s vs minimal page |"
echo "| --- | ---: | ---: | ---: | ---: |"
printf "| minimal Thymeleaf page | %d | %s | %s | 1.00 |\n" "$minimal_rps" "$minimal_p50" "$minimal_p99"
peak_rss=0
for entry in "/techniques" "/techniques?area=lower-back" "/techniques/flat-back-90-90" "/api/techniques" \
    "POST /api/routines" "/routines/$routine/sheet" "/routines/$routine/sheet.pdf"; do
  if [ "${entry%% *}" = POST ]; then
    read -r rps p50 p99 bad < <(measure "$base/api/routines" bench/post-routine.lua)
  else
    read -r rps p50 p99 bad < <(measure "$base$entry")
  fi
  rss=$(rss_mb "$app_pid"); [ "$rss" -gt "$peak_rss" ] && peak_rss=$rss
  label=${entry//$routine/{id\}}
  printf "| \`%s\` | %d | %s | %s | %.2f |%s\n" "$label" "$rps" "$p50" "$p99" \
    "$(awk -v a="$rps" -v b="$minimal_rps" 'BEGIN {print a / b}')" "$([ "${bad:-0}" -gt 0 ] && echo " $bad non-2xx!")"
done
# Once warm: the first render of new routines' PDFs (the median of 21), and catalog pages rendered
# rather than remembered.
first_pdf_ms=$(for area in neck shoulders feet glutes calves lower-back hips; do
  for minutes in 10 20 30; do
    curl -fs -o /dev/null -w '%{time_total}\n' "$base/routines/$(new_routine "$area" "$minutes")/sheet.pdf"
  done
done | sort -n | awk '{ms[NR] = $1 * 1000} END {printf "%d", ms[int((NR + 1) / 2)]}')
list_ms=$(uncached_ms "$base/techniques")
area_ms=$(uncached_ms "$base/techniques?area=lower-back")
after_rss=$(rss_mb "$app_pid")
catalog_size=$(curl -fsI "$base/api/techniques" | awk -F': ' 'tolower($1) == "x-total-count" {print $2 + 0}')
# A restart: the same directory, so the database and its migrations are there already.
kill "$app_pid"; wait "$app_pid" 2>/dev/null || true
start "$PWD/target/unknot-0.1.0-SNAPSHOT.jar" $app_port /techniques "${extra[@]}"
restart=$started_ms
echo
echo "| | minimal page | Unknot | ratio |"
echo "| --- | ---: | ---: | ---: |"
printf "| start to first answer | %d ms | %d ms | %.2f |\n" "$minimal_start" "$app_start" \
  "$(awk -v a="$app_start" -v b="$minimal_start" 'BEGIN {print a / b}')"
printf "| start again, its database already there | | %d ms | %.2f |\n" "$restart" \
  "$(awk -v a="$restart" -v b="$minimal_start" 'BEGIN {print a / b}')"
printf "| RSS after the load (-Xmx256m) | %d MB | %d MB (peak while measuring %d MB) | |\n" "$minimal_rss" "$after_rss" "$peak_rss"
printf "| first render of a new routine's PDF, warm (median of 21) | | %d ms | |\n" "$first_pdf_ms"
printf "| \`/techniques\` rendered, not from memory (mean of 20) | | %s ms | |\n" "$list_ms"
printf "| \`/techniques?area=lower-back\` rendered, not from memory | | %s ms | |\n" "$area_ms"
printf "| techniques in the catalog | | %s | |\n" "$catalog_size"
