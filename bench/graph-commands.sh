#!/usr/bin/env bash
# Whole-command benchmark of the graph commands: `heads`, `history` and `current` on linear chains
# of Java revision scripts (default 1,000 and 5,000) with an SQLite database stamped at head, plus
# `--version` as the start-up floor. "warm" runs reuse the parsed-header cache (the normal case
# from the second run on); "cold" runs start each time with an empty cache (MIGRATE_CACHE_DIR is a
# fresh folder per run), so every script is read and parsed.
# Usage: bench/graph-commands.sh [runs] [sizes...]
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
runs="${1:-20}"; shift || true
sizes=("${@:-1000 5000}")
command -v hyperfine >/dev/null || { apt-get update -qq && apt-get install -y -qq hyperfine >/dev/null; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export MIGRATE_CACHE_DIR="$work/cache"

"$root/migrate" --version >/dev/null   # builds the jar and the class-data-sharing archive if needed
args=(-N --warmup 3 --runs "$runs" --export-markdown "$work/result.md")
args+=(-n "migrate --version" "$root/migrate --version")
cold=()
for n in ${sizes[*]}; do
  "$root/bench/make-chain.sh" "$n" "$work/chain$n" >/dev/null
  "$root/migrate" -c "$work/chain$n/migrate.yaml" stamp heads >/dev/null
  for command in heads history current; do
    args+=(-n "$command $n warm" "$root/migrate -c $work/chain$n/migrate.yaml $command")
  done
  cold+=(-n "heads $n cold" "$root/migrate -c $work/chain$n/migrate.yaml heads")
done
hyperfine "${args[@]}" >/dev/null
# Cold: the header cache is emptied before every run.
hyperfine -N --warmup 1 --runs "$runs" --prepare "rm -rf $work/cache" --export-markdown "$work/cold.md" "${cold[@]}" >/dev/null
cat "$work/result.md"
tail -n +3 "$work/cold.md"
