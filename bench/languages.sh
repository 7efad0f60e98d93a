#!/usr/bin/env bash
# Is a page in Spanish or German as quick as in English? (not part of ./mvnw verify) One packaged app
# under -Xmx256m; for each page, English, Spanish and German in turn, ROUNDS rounds, each RUN seconds of
# wrk -t2 -c16 with that Accept-Language after WARM seconds of warm-up; prints requests per second per
# language, the median over the rounds, and Spanish and German as a ratio of English (1.00 = as quick).
# Needs wrk, curl and a JDK. Usage: bench/languages.sh JAR       WARM=5 RUN=10 ROUNDS=3 PORT=18093
# PAGES="/techniques /routines/ID" (ID stands for a routine the script saves) to measure only some pages.
set -euo pipefail
jar=$(realpath "${1:?usage: bench/languages.sh JAR}")
cd "$(dirname "$0")/.."
WARM=${WARM:-5}
RUN=${RUN:-10}
ROUNDS=${ROUNDS:-3}
port=${PORT:-18093}
base=http://127.0.0.1:$port
work=$(mktemp -d)
cleanup() { [[ -n ${app:-} ]] && kill "$app" 2>/dev/null && wait "$app" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

(cd "$work" && exec java -Xmx256m -jar "$jar" --server.port="$port" --logging.level.root=warn \
  --unknot.request.max-in-flight-per-client=0 --unknot.rate-limit.enabled=false >"$work/app.log" 2>&1) &
app=$!
until curl -fs -o /dev/null "$base/actuator/health/readiness"; do kill -0 "$app" || { cat "$work/app.log"; exit 1; }; sleep 0.5; done
id=$(curl -fs -H 'Content-Type: application/json' -d '{"areas":["lower-back"],"minutes":15,"performer":"self","painLevel":3}' \
  "$base/api/routines" | sed 's/.*"id":"\([^"]*\)".*/\1/')

rps() { wrk -t2 -c16 -d"$2s" -H "Accept-Language: $1" "$3" | awk '/Requests\/sec/ {print int($2)}'; }
median() { tr ' ' '\n' | sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }

echo "| page | en req/s | es req/s | de req/s | es / en | de / en |"
echo "| --- | --- | --- | --- | --- | --- |"
for page in ${PAGES:-/techniques /techniques/thread-the-needle /routines/ID /routines/ID/steps/1}; do
  page=${page//ID/$id}
  declare -A seen=([en]="" [es]="" [de]="")
  for round in $(seq 1 "$ROUNDS"); do
    for language in en es de; do
      rps "$language" "$WARM" "$base$page" >/dev/null
      seen[$language]="${seen[$language]} $(rps "$language" "$RUN" "$base$page")"
    done
  done
  en=$(echo ${seen[en]} | median); es=$(echo ${seen[es]} | median); de=$(echo ${seen[de]} | median)
  label=${page//$id/ID}
  awk -v p="$label" -v en="$en" -v es="$es" -v de="$de" \
    'BEGIN {printf "| %s | %d | %d | %d | %.2f | %.2f |\n", p, en, es, de, es / en, de / en}'
done
