#!/usr/bin/env bash
# Offline-SQL benchmark: `./migrate upgrade head --sql` on chains of 1,000 and 5,000 revisions
# (20 create-tables, then add-column round-robin; bench/make-ops-chain.sh), as Java scripts cold
# (class cache emptied before every run: everything is compiled), Java warm (cache filled), and as
# YAML revisions. Usage: bench/offline-sql.sh [runs]
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
runs="${1:-10}"
command -v hyperfine >/dev/null || { apt-get update -qq && apt-get install -y -qq hyperfine >/dev/null; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export MIGRATE_CACHE_DIR="$work/cache"
"$root/migrate" --version >/dev/null
for n in 1000 5000; do
  for f in java yaml; do "$root/bench/make-ops-chain.sh" "$n" "$work/$f$n" "$f"; done
done
warm=(); cold=()
for n in 1000 5000; do
  "$root/migrate" -c "$work/java$n/migrate.yaml" upgrade head --sql >/dev/null   # fills the caches
  warm+=(-n "java $n warm" "$root/migrate -c $work/java$n/migrate.yaml upgrade head --sql --output $work/out.sql")
  warm+=(-n "yaml $n" "$root/migrate -c $work/yaml$n/migrate.yaml upgrade head --sql --output $work/out.sql")
  cold+=(-n "java $n cold" "$root/migrate -c $work/java$n/migrate.yaml upgrade head --sql --output $work/out.sql")
done
hyperfine -N --warmup 2 --runs "$runs" --export-markdown "$work/warm.md" "${warm[@]}" >/dev/null
hyperfine -N --runs 3 --prepare "rm -rf $work/cache" --export-markdown "$work/cold.md" "${cold[@]}" >/dev/null
cat "$work/warm.md"; tail -n +3 "$work/cold.md"
