#!/usr/bin/env bash
# Lighthouse's best-practices and SEO scores for four pages (not part of ./mvnw verify): the home page,
# the catalog, a saved routine and its first step, from one packaged app, in Debian's Chromium. Prints
# a table of scores (0-100) and, for any audit that failed, its title; the JSON reports stay in OUT.
# Needs node/npx (fetches lighthouse@12), curl, a JDK and /usr/bin/chromium.
# Usage: bench/lighthouse.sh JAR       PORT=18247 OUT=target/lighthouse
set -euo pipefail
jar=$(realpath "${1:?usage: bench/lighthouse.sh JAR}")
cd "$(dirname "$0")/.."
port=${PORT:-18247}
out=$(realpath -m "${OUT:-target/lighthouse}")
base=http://localhost:$port
mkdir -p "$out"
work=$(mktemp -d)
cleanup() { [[ -n ${app:-} ]] && kill "$app" 2>/dev/null && wait "$app" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

(cd "$work" && exec java -Xmx256m -jar "$jar" --server.port="$port" --logging.level.root=warn \
  --unknot.rate-limit.enabled=false >"$work/app.log" 2>&1) &
app=$!
until curl -fs -o /dev/null "$base/actuator/health/readiness"; do kill -0 "$app" || { cat "$work/app.log"; exit 1; }; sleep 0.5; done
id=$(curl -fs -H 'Content-Type: application/json' -d '{"areas":["lower-back"],"minutes":15,"performer":"self","painLevel":3}' \
  "$base/api/routines" | sed 's/.*"id":"\([^"]*\)".*/\1/')

echo "| page | best practices | SEO |"
echo "| --- | --- | --- |"
for page in home:/ catalog:/techniques routine:/routines/$id step:/routines/$id/steps/1; do
  name=${page%%:*}
  CHROME_PATH=/usr/bin/chromium npx --yes lighthouse@12 "$base${page#*:}" --quiet --output=json \
    --output-path="$out/$name.json" --only-categories=best-practices,seo \
    --chrome-flags="--headless=new --no-sandbox --user-data-dir=$work/profile-$name" >/dev/null
  node -e '
    const r = require(process.argv[1]);
    const score = c => Math.round(r.categories[c].score * 100);
    console.log(`| ${process.argv[2]} | ${score("best-practices")} | ${score("seo")} |`);
    for (const c of ["best-practices", "seo"]) for (const ref of r.categories[c].auditRefs) {
      const a = r.audits[ref.id];
      if (ref.weight > 0 && a.score !== null && a.score < 1) console.error(`  ${process.argv[2]}, ${c}: ${a.title}`);
    }' "$out/$name.json" "$name"
done
