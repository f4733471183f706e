#!/usr/bin/env bash
# Online benchmark on PostgreSQL: apply a 1,000-revision chain (bench/make-ops-chain.sh) to a fresh
# database — `psql -f` of the offline script (the floor), migrate with one transaction per
# migration (default), and with one transaction for the run — and a no-op `upgrade head` on a
# database already at head, at 1,000 and 10,000 revisions.
# Usage: bench/online-pg.sh [runs]   (PostgreSQL on 127.0.0.1:5432, user postgres, trust auth)
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
runs="${1:-5}"
command -v hyperfine >/dev/null || { apt-get update -qq && apt-get install -y -qq hyperfine >/dev/null; }
work="$(mktemp -d)"
trap 'rm -rf "$work"; psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS bench_online" >/dev/null 2>&1 || true' EXIT
export MIGRATE_CACHE_DIR="$work/cache"
url='jdbc:postgresql://127.0.0.1:5432/bench_online?user=postgres'
fresh="psql -h 127.0.0.1 -U postgres -qc 'DROP DATABASE IF EXISTS bench_online' -c 'CREATE DATABASE bench_online'"
"$root/migrate" --version >/dev/null
"$root/bench/make-ops-chain.sh" 1000 "$work/c1000" java
cp -r "$work/c1000" "$work/c1000-one"
printf 'url: %s\nscript_location: migrations\n' "$url" > "$work/c1000/migrate.yaml"
printf 'url: %s\nscript_location: migrations\ntransaction_per_migration: false\n' "$url" > "$work/c1000-one/migrate.yaml"
"$root/migrate" -c "$work/c1000/migrate.yaml" upgrade head --sql --output "$work/per.sql"       # also fills the class cache
"$root/migrate" -c "$work/c1000-one/migrate.yaml" upgrade head --sql --output "$work/one.sql"
hyperfine -N --runs "$runs" --prepare "bash -c \"$fresh\"" --export-markdown "$work/apply.md" \
  -n "psql -f (one transaction)" "psql -h 127.0.0.1 -U postgres -d bench_online -q -v ON_ERROR_STOP=1 -f $work/one.sql" \
  -n "migrate, one transaction" "$root/migrate -c $work/c1000-one/migrate.yaml upgrade head" \
  -n "migrate, transaction per migration" "$root/migrate -c $work/c1000/migrate.yaml upgrade head" >/dev/null
# No-op: the database at head; the plan is empty.
"$root/bench/make-chain.sh" 10000 "$work/c10000" java >/dev/null
printf 'url: %s\nscript_location: migrations\n' "$url" > "$work/c10000/migrate.yaml"
bash -c "$fresh"
"$root/migrate" -c "$work/c1000/migrate.yaml" upgrade head >/dev/null
psql -h 127.0.0.1 -U postgres -qc 'DROP DATABASE IF EXISTS bench_noop' -c 'CREATE DATABASE bench_noop' >/dev/null
printf 'url: %s\nscript_location: migrations\n' "${url/bench_online/bench_noop}" > "$work/c10000/migrate.yaml"
"$root/migrate" -c "$work/c10000/migrate.yaml" stamp head >/dev/null
hyperfine -N --warmup 2 --runs "$((runs * 4))" --export-markdown "$work/noop.md" \
  -n "no-op upgrade head, 1,000 applied" "$root/migrate -c $work/c1000/migrate.yaml upgrade head" \
  -n "no-op upgrade head, 10,000 applied" "$root/migrate -c $work/c10000/migrate.yaml upgrade head" >/dev/null
psql -h 127.0.0.1 -U postgres -qc 'DROP DATABASE IF EXISTS bench_noop' >/dev/null
cat "$work/apply.md"; tail -n +3 "$work/noop.md"
