#!/usr/bin/env bash
# Ingest CPU of two built trees on one corpus, both at once so the machine's load falls on both
# alike: the issue #10 speed row (this tree against 9add8bc). Each tree must hold dist/ (npm run build).
# Usage: bench/ingest/paired/paired-cpu.sh BASE_TREE TREE CORPUS_DIR [ROUNDS] [OUT_DIR]
# Prints per round: base and tree CPU seconds (user + system of the ingest child), their ratio and wall times.
set -euo pipefail
BASE=$1 TREE=$2 CORPUS=$3 ROUNDS=${4:-4} OUT=${5:-bench/out/paired}
HERE=$(cd "$(dirname "$0")" && pwd)
TIME=/usr/bin/time
[ -x "$TIME" ] || { echo "paired-cpu: needs GNU time at $TIME (apt-get install time)" >&2; exit 2; }
mkdir -p "$OUT"
sum_base=0 sum_tree=0
for r in $(seq "$ROUNDS"); do
  "$TIME" -f "%U %S %e %M" -o "$OUT/base-$r.time" node "$HERE/run-child.mjs" "$BASE" "$CORPUS" > "$OUT/base-$r.json" &
  "$TIME" -f "%U %S %e %M" -o "$OUT/tree-$r.time" node "$HERE/run-child.mjs" "$TREE" "$CORPUS" > "$OUT/tree-$r.json"
  wait
  b=$(awk '{print $1+$2}' "$OUT/base-$r.time") t=$(awk '{print $1+$2}' "$OUT/tree-$r.time")
  sum_base=$(echo "$sum_base + $b" | bc) sum_tree=$(echo "$sum_tree + $t" | bc)
  echo "round $r base $b s  tree $t s  ratio $(echo "scale=3; $t/$b" | bc)  wall $(cut -d' ' -f3 "$OUT/base-$r.time") $(cut -d' ' -f3 "$OUT/tree-$r.time")"
done
echo "sum base $sum_base s  tree $sum_tree s  ratio $(echo "scale=3; $sum_tree/$sum_base" | bc)"
