#!/usr/bin/env bash
# Prints a Flyway migration that adds N generated techniques (default 5000) to the catalog: bench
# data only, for measuring how the catalog pages scale. Never part of the app's own migrations.
set -euo pipefail
awk -v n="${1:-5000}" 'BEGIN {
  split("head neck shoulders chest upper-back lower-back abdomen glutes hips thighs hamstrings it-band calves feet", areas, " ")
  for (i = 1; i <= n; i++) {
    kind = (i % 3 == 0) ? "stretch" : "massage"
    slug = "bench-technique-" i
    printf "insert into technique (slug, name, kind, performer, posture, pressure, seconds, longest_seconds, sides, summary) values " \
      "(\x27%s\x27, \x27Bench technique %05d\x27, \x27%s\x27, \x27self\x27, \x27seated\x27, \x27light\x27, 60, 120, 1, " \
      "\x27A generated technique for measuring the catalog at scale.\x27);\n", slug, i, kind
    printf "insert into technique_phase (technique_id, phase) select id, \x27%s\x27 from technique where slug = \x27%s\x27;\n", kind, slug
    printf "insert into technique_area (technique_id, body_area_id) select t.id, a.id from technique t, body_area a " \
      "where t.slug = \x27%s\x27 and a.slug = \x27%s\x27;\n", slug, areas[i % 14 + 1]
    printf "insert into technique_tool (technique_id, tool_id) select t.id, o.id from technique t, tool o " \
      "where t.slug = \x27%s\x27 and o.slug = \x27hands\x27;\n", slug
    for (p = 1; p <= 3; p++) {
      printf "insert into technique_instruction (technique_id, position, text) select id, %d, \x27Step %d of a generated technique.\x27 " \
        "from technique where slug = \x27%s\x27;\n", p, p, slug
    }
    printf "insert into technique_caution (technique_id, position, text) select id, 1, \x27Stop if it hurts.\x27 " \
      "from technique where slug = \x27%s\x27;\n", slug
  }
}'
