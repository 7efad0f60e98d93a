#!/usr/bin/env bash
# Writes N generated techniques (default 5000) as content files into a folder: bench data only, for
# measuring how the catalog pages scale. bench.sh adds them to a copy of the packaged jar, where the
# repeatable migration loads them like the real ones. Never part of the app's own content.
# Usage: bench/generate-catalog.sh N FOLDER
set -euo pipefail
mkdir -p "$2"
awk -v n="${1:-5000}" -v dir="$2" 'BEGIN {
  split("head neck shoulders chest upper-back lower-back abdomen glutes hips thighs hamstrings it-band calves feet", areas, " ")
  for (i = 1; i <= n; i++) {
    kind = (i % 3 == 0) ? "stretch" : "massage"
    slug = "bench-technique-" i
    area = areas[i % 14 + 1]
    file = dir "/" slug ".yaml"
    printf "slug: %s\nposition: %d\nkind: %s\nperformer: self\nposture: seated\npressure: light\n", slug, 1000 + i, kind > file
    printf "seconds: 60\nlongest-seconds: 120\nsides: 1\nphases: [%s]\nareas: [%s]\ntools: [hands]\n", kind, area > file
    printf "picture:\n  scenes: [seated-turning]\n  highlight: [%s]\n", area > file
    printf "en:\n  name: Bench technique %05d\n  summary: A generated technique for measuring the catalog at scale.\n", i > file
    printf "  instructions:\n  - Step 1 of a generated technique.\n  - Step 2 of a generated technique.\n" > file
    printf "  - Step 3 of a generated technique.\n  cautions:\n  - Stop if it hurts.\n" > file
    printf "  picture: Sitting on a chair, turning.\n  keywords: [bench]\n" > file
    close(file)
  }
}'
