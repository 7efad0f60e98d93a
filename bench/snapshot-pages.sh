#!/usr/bin/env bash
# What a person sees, saved to a folder, so two builds can be compared byte for byte: every catalog
# page, picture and API answer, and for a sample of routines (built the same way on each build) the
# routine, every step, the finish, adjust and progress pages, the sheet, the JSON and the PDF's text.
# A routine's random id is replaced by ROUTINE-n, and the sheet's QR code (which draws the id) by
# QR-CODE, so only what the build changed shows in a diff. Needs curl, pdftotext (poppler-utils), a JDK.
# Usage: bench/snapshot-pages.sh JAR OUT-DIR [PORT]
#   bench/snapshot-pages.sh /tmp/before.jar /tmp/before && bench/snapshot-pages.sh target/unknot-*.jar /tmp/after
#   diff -r /tmp/before /tmp/after
set -euo pipefail
jar=$(realpath "$1")
out=$2
port=${3:-18931}
base="http://127.0.0.1:$port"
work=$(mktemp -d)
pid=
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

rm -rf "$out" && mkdir -p "$out"
(cd "$work" && exec java -jar "$jar" --server.port="$port" --logging.level.root=warn \
  --spring.datasource.url="jdbc:h2:$work/db") >"$work/app.log" 2>&1 &
pid=$!
until curl -fs -o /dev/null "$base/"; do
  kill -0 "$pid" 2>/dev/null || { cat "$work/app.log" >&2; exit 1; }
  sleep 0.2
done

ids=()
# Saves one address's answer under a file name made from it, ids and QR codes replaced.
save() {
  local path=$1 name n=0
  curl -s -H 'Accept-Language: en-GB' "$base$path" >"$work/page"
  sed -i "s|$base|http://APP|g" "$work/page"
  for id in "${ids[@]}"; do n=$((n + 1)); sed -i "s/$id/ROUTINE-$n/g" "$work/page"; path=${path//$id/ROUTINE-$n}; done
  name=$(printf '%s' "$path" | tr '/?&=' '____')
  perl -pi -e 's{<img src="data:image/svg\+xml;base64,[^"]*"}{<img src="QR-CODE"}g' "$work/page"
  mv "$work/page" "$out/$name"
}

for path in / /techniques /techniques?page=2 /conditions /routines/new /api/body-areas /api/tools /api/conditions \
  /api/red-flags /api/techniques; do
  save "$path"
done
for area in $(curl -fs "$base/api/body-areas" | grep -o '"slug":"[^"]*"' | cut -d'"' -f4); do
  save "/techniques?area=$area"
done
for slug in $(curl -fs "$base/api/techniques" | grep -o '"slug":"[^"]*","name"' | cut -d'"' -f4); do
  save "/techniques/$slug"
  save "/techniques/$slug/picture.svg"
  save "/api/techniques/$slug"
done

requests=(
  '{"areas":["lower-back"],"minutes":15,"performer":"self","painLevel":3}'
  '{"areas":["lower-back","glutes"],"tools":["tennis-ball","foam-roller"],"minutes":30,"performer":"partner","painLevel":5}'
  '{"areas":["neck","shoulders"],"minutes":10,"performer":"self","painLevel":8}'
  '{"areas":["feet","calves"],"tools":["golf-ball","massage-gun"],"minutes":20,"performer":"self","conditions":["blood-thinners"],"painLevel":2}'
  '{"areas":["head","abdomen","chest"],"minutes":25,"performer":"self","conditions":["pregnancy"],"painLevel":4}'
  '{"areas":["lower-back","hamstrings","it-band","thighs"],"tools":["foam-roller","lotion"],"minutes":60,"performer":"self","conditions":["fracture"],"affectedAreas":["thighs"],"painLevel":6,"painWeeks":10}'
  '{"areas":["upper-back","hips"],"tools":["back-massager","heated-massager","neck-massager"],"minutes":45,"performer":"partner","conditions":["cancer"],"painLevel":1}'
  '{"areas":["lower-back"],"minutes":15,"performer":"self","redFlags":["saddle-numbness"],"painLevel":3}'
)
for request in "${requests[@]}"; do
  id=$(curl -fs -H 'Content-Type: application/json' -d "$request" "$base/api/routines" | grep -o '"id":"[^"]*"' | head -1 | cut -d'"' -f4)
  ids+=("$id")
  save "/routines/$id"
  save "/api/routines/$id"
  save "/routines/$id/sheet"
  save "/routines/$id/finish"
  save "/routines/$id/adjust"
  save "/routines/$id/progress"
  save "/routines/new?from=$id"
  for n in $(seq 1 20); do
    code=$(curl -s -o /dev/null -w '%{http_code}' "$base/routines/$id/steps/$n")
    [ "$code" = 200 ] || break
    save "/routines/$id/steps/$n"
  done
  # A routine a warning sign stopped has no sheet to print.
  if curl -fs "$base/routines/$id/sheet.pdf" -o "$work/sheet.pdf"; then
    pdftotext -layout "$work/sheet.pdf" - | sed "s/$id/ROUTINE-${#ids[@]}/g; s|$base|http://APP|g" >"$out/sheet-${#ids[@]}.pdf.txt"
    pdfinfo "$work/sheet.pdf" | grep '^Pages' >>"$out/sheet-${#ids[@]}.pdf.txt"
  fi
done
echo "$(ls "$out" | wc -l) answers saved in $out"
