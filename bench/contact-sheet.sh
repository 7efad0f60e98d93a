#!/usr/bin/env bash
# Every technique's picture on one sheet, twice: at 300 pixels wide (a catalog card) and at 80 (a
# thumbnail), each with its name, as PNG files drawn by Chromium, to look at them side by side.
# Usage: bench/contact-sheet.sh JAR OUT-DIR [SLUG...]
#   ./mvnw -q package -DskipTests && bench/contact-sheet.sh target/unknot-*.jar /tmp/sheet
#   bench/contact-sheet.sh target/unknot-*.jar /tmp/sheet jaw-massage shin-massage   (only these)
# Needs curl, python3 and Chromium (/usr/bin/chromium). Writes OUT-DIR/contact-300-N.png (16 a page) and contact-80-1.png.
set -euo pipefail
jar=$(realpath "$1")
out=$(realpath -m "$2")
shift 2
port=${PORT:-18937}
base="http://127.0.0.1:$port"
work=$(mktemp -d)
pid=
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

mkdir -p "$out"
(cd "$work" && exec java -jar "$jar" --server.port="$port" --logging.level.root=warn \
  --spring.datasource.url="jdbc:h2:$work/db") >"$work/app.log" 2>&1 &
pid=$!
until curl -fs -o /dev/null "$base/"; do
  kill -0 "$pid" 2>/dev/null || { cat "$work/app.log" >&2; exit 1; }
  sleep 0.2
done

if [ $# -gt 0 ]; then
  printf '%s\n' "$@" >"$work/slugs"
else
  page=1
  while curl -fs "$base/api/techniques?page=$page" >"$work/page.json" && [ "$(cat "$work/page.json")" != "[]" ]; do
    python3 -c 'import json,sys; [print(t["slug"]) for t in json.load(open(sys.argv[1]))]' "$work/page.json" >>"$work/slugs"
    page=$((page + 1))
  done
fi
for slug in $(cat "$work/slugs"); do curl -fs "$base/techniques/$slug/picture.svg" >"$work/$slug.svg"; done

# Pages of cards per size (16 at 300 px, all at 80), the picture scaled to the width, the slug under it.
for width in 300 80; do
  python3 - "$work" "$width" <<'EOF2'
import sys, pathlib
work, width = pathlib.Path(sys.argv[1]), int(sys.argv[2])
slugs = work.joinpath("slugs").read_text().split()
per_page = 16 if width == 300 else len(slugs)
for page, first in enumerate(range(0, len(slugs), per_page), 1):
    cards = "".join(f'<figure><img src="{s}.svg" width="{width}"><figcaption>{s}</figcaption></figure>'
                    for s in slugs[first:first + per_page])
    work.joinpath(f"sheet-{width}-{page}.html").write_text(
        "<!DOCTYPE html><html><head><style>body{margin:8px;font:11px sans-serif;display:flex;flex-wrap:wrap;gap:8px}"
        f"figure{{margin:0;width:{max(width, 100)}px;border:1px solid #ddd;padding:4px}}"
        "img{display:block;height:auto}</style></head><body>" + cards + "</body></html>")
EOF2
  for page in "$work"/sheet-"$width"-*.html; do
    name=$(basename "$page" .html)
    chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1300,$(( width == 300 ? 1600 : 1900 )) \
      --screenshot="$out/${name/sheet/contact}.png" "file://$page" >/dev/null 2>&1
  done
done
echo "$(wc -l <"$work/slugs") pictures: $(ls "$out"/contact-*.png | tr '\n' ' ')"
