#!/usr/bin/env bash
# Online benchmark on PostgreSQL: apply a 1,000-revision chain (bench/make-ops-chain.sh) to a fresh
# database — `psql -f` of the offline scripts (the floors), migrate with one transaction per
# migration (default) and with one transaction for the run — and a no-op `upgrade head` on a
# database already at head, at 1,000 applied revisions (drift check from cached checksums, and
# with --ignore-drift) and at 10,000 stamped ones. Commands run interleaved (bench/interleave.py),
# so compare the ratios within one run. BASELINE=/path/to/other/checkout/migrate adds the same
# migrate runs with another build, for before/after (it gets a cache directory of its own). Where a
# Python 3 with Alembic and psycopg2 is found (Debian: apt-get install python3-alembic
# python3-psycopg2), Alembic applies the same chain (bench/make-alembic-chain.sh) in the same run.
# Where Maven resolves Flyway 11 (bench/flyway-classpath.sh), Flyway applies the same DDL in the
# same run, one transaction per migration: the per-migration offline script split into SQL
# migrations (bench/make-flyway-chain.sh), applied by bench/FlywayRun.java (compiled once, untimed;
# each timed run is a fresh JVM), and, where Maven also resolves flyway-commandline
# (bench/flyway-classpath.sh cli), by Flyway's command-line tool (org.flywaydb.commandline.Main on
# the classpath its distribution ships: all database plugins and drivers), which adds configuration
# loading, logging and plugin discovery to the same work; -skipCheckForUpdate, else it fetches
# Maven Central's flyway-core metadata during the run (OSS Flyway sends no telemetry).
# Usage: bench/online-pg.sh [rounds]   (PostgreSQL on 127.0.0.1:5432, user postgres, trust auth)
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
rounds="${1:-7}"
work="$(mktemp -d)"
trap 'rm -rf "$work"; psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS bench_online" -c "DROP DATABASE IF EXISTS bench_noop" -c "DROP DATABASE IF EXISTS bench_noop10k" -c "DROP DATABASE IF EXISTS bench_noop_alembic" >/dev/null 2>&1 || true' EXIT
export MIGRATE_CACHE_DIR="$work/cache"
url='jdbc:postgresql://127.0.0.1:5432/bench_online?user=postgres'
cat > "$work/fresh.sh" <<'SH'
#!/bin/sh
psql -h 127.0.0.1 -U postgres -qc 'DROP DATABASE IF EXISTS bench_online' -c 'CREATE DATABASE bench_online' >/dev/null 2>&1
SH
chmod +x "$work/fresh.sh"
"$root/migrate" --version >/dev/null
"$root/bench/make-ops-chain.sh" 1000 "$work/c1000" java
cp -r "$work/c1000" "$work/c1000-one"
printf 'url: %s\nscript_location: migrations\n' "$url" > "$work/c1000/migrate.yaml"
printf 'url: %s\nscript_location: migrations\ntransaction_per_migration: false\n' "$url" > "$work/c1000-one/migrate.yaml"
"$root/migrate" -c "$work/c1000/migrate.yaml" upgrade head --sql --output "$work/per.sql"       # also fills the class cache
"$root/migrate" -c "$work/c1000-one/migrate.yaml" upgrade head --sql --output "$work/one.sql"
base=()
if [ -n "${BASELINE:-}" ]; then
  cp -r "$MIGRATE_CACHE_DIR" "$work/cache-base"
  b="env MIGRATE_CACHE_DIR=$work/cache-base $BASELINE"
  base=("baseline: one transaction" "$b -c $work/c1000-one/migrate.yaml upgrade head"
        "baseline: transaction per migration" "$b -c $work/c1000/migrate.yaml upgrade head")
fi
alembic=()
for py in python3 /usr/bin/python3; do
  if "$py" -c 'import alembic, psycopg2' 2>/dev/null; then
    sa_url='postgresql://postgres@127.0.0.1/bench_online'
    "$root/bench/make-alembic-chain.sh" 1000 "$work/alembic-one" "$sa_url" one
    "$root/bench/make-alembic-chain.sh" 1000 "$work/alembic-per" "$sa_url" per-migration
    "$py" -m compileall -q "$work/alembic-one" "$work/alembic-per" >/dev/null   # as after a first run: __pycache__
    alembic_py="$py"
    alembic=("Alembic, one transaction" "$py -m alembic -c $work/alembic-one/alembic.ini upgrade head"
             "Alembic, transaction per migration" "$py -m alembic -c $work/alembic-per/alembic.ini upgrade head")
    break
  fi
done
flyway=()
if fw_cp="$("$root/bench/flyway-classpath.sh" 2>"$work/flyway-classpath.err")"; then
  "$root/bench/make-flyway-chain.sh" "$work/per.sql" "$work/flyway"
  "${JAVA_HOME:+$JAVA_HOME/bin/}javac" -cp "$fw_cp" -d "$work/flyway/classes" "$root/bench/FlywayRun.java"
  flyway=("Flyway, transaction per migration"
          "${JAVA_HOME:+$JAVA_HOME/bin/}java -cp $work/flyway/classes:$fw_cp FlywayRun ${url%%\?*} postgres $work/flyway/sql")
else
  echo "online-pg.sh: skipping Flyway: $(head -n 1 "$work/flyway-classpath.err")" >&2
fi
flyway_cli=()
if fw_cli_cp="$("$root/bench/flyway-classpath.sh" cli 2>"$work/flyway-cli-classpath.err")"; then
  [ -d "$work/flyway/sql" ] || "$root/bench/make-flyway-chain.sh" "$work/per.sql" "$work/flyway"
  printf -- '-cp %s\n' "$fw_cli_cp" > "$work/flyway-cli.args"   # ~270 jars: a JVM @argfile, not the command line
  flyway_cli=("Flyway CLI, transaction per migration"
              "${JAVA_HOME:+$JAVA_HOME/bin/}java @$work/flyway-cli.args org.flywaydb.commandline.Main -url=${url%%\?*} -user=postgres -locations=filesystem:$work/flyway/sql -skipCheckForUpdate migrate")
else
  echo "online-pg.sh: skipping Flyway CLI: $(head -n 1 "$work/flyway-cli-classpath.err")" >&2
fi
psql_f="psql -h 127.0.0.1 -U postgres -d bench_online -q -v ON_ERROR_STOP=1 -f"
"$root/bench/interleave.py" --prepare "$work/fresh.sh" "$rounds" \
  "psql -f, one transaction (floor)" "$psql_f $work/one.sql" \
  "psql -f, transaction per migration" "$psql_f $work/per.sql" \
  "${alembic[@]}" \
  "${flyway[@]}" \
  "${flyway_cli[@]}" \
  "${base[@]}" \
  "migrate, one transaction" "$root/migrate -c $work/c1000-one/migrate.yaml upgrade head" \
  "migrate, transaction per migration" "$root/migrate -c $work/c1000/migrate.yaml upgrade head"
# No-op: the database at head; the plan is empty. 1,000 applied with history rows, 10,000 stamped.
"$root/bench/make-chain.sh" 10000 "$work/c10000" java >/dev/null
psql -h 127.0.0.1 -U postgres -qc 'DROP DATABASE IF EXISTS bench_noop' -c 'CREATE DATABASE bench_noop' \
  -c 'DROP DATABASE IF EXISTS bench_noop10k' -c 'CREATE DATABASE bench_noop10k' >/dev/null
cp -r "$work/c1000" "$work/noop"
printf 'url: %s\nscript_location: migrations\n' "${url/bench_online/bench_noop}" > "$work/noop/migrate.yaml"
printf 'url: %s\nscript_location: migrations\n' "${url/bench_online/bench_noop10k}" > "$work/c10000/migrate.yaml"
"$root/migrate" -c "$work/noop/migrate.yaml" upgrade head >/dev/null
"$root/migrate" -c "$work/noop/migrate.yaml" upgrade head >/dev/null     # fills the checksum cache
"$root/migrate" -c "$work/c10000/migrate.yaml" stamp head >/dev/null
"$root/migrate" -c "$work/c10000/migrate.yaml" upgrade head >/dev/null
noop_alembic=()
if [ -n "${alembic_py:-}" ]; then
  psql -h 127.0.0.1 -U postgres -qc 'DROP DATABASE IF EXISTS bench_noop_alembic' -c 'CREATE DATABASE bench_noop_alembic' >/dev/null
  "$root/bench/make-alembic-chain.sh" 1000 "$work/alembic-noop" 'postgresql://postgres@127.0.0.1/bench_noop_alembic' per-migration
  "$alembic_py" -m alembic -c "$work/alembic-noop/alembic.ini" upgrade head >/dev/null 2>&1
  noop_alembic=("Alembic: no-op, 1,000 applied" "$alembic_py -m alembic -c $work/alembic-noop/alembic.ini upgrade head")
fi
noop_base=()
if [ -n "${BASELINE:-}" ]; then
  $b -c "$work/noop/migrate.yaml" upgrade head >/dev/null
  noop_base=("baseline: no-op, 1,000 applied" "$b -c $work/noop/migrate.yaml upgrade head")
fi
"$root/bench/interleave.py" "$((rounds * 2))" \
  "--version" "$root/migrate --version" \
  "current, 1,000 applied" "$root/migrate -c $work/noop/migrate.yaml current" \
  "${noop_alembic[@]}" \
  "${noop_base[@]}" \
  "no-op upgrade head, 1,000 applied, --ignore-drift" "$root/migrate -c $work/noop/migrate.yaml upgrade head --ignore-drift" \
  "no-op upgrade head, 1,000 applied" "$root/migrate -c $work/noop/migrate.yaml upgrade head" \
  "no-op upgrade head, 10,000 stamped" "$root/migrate -c $work/c10000/migrate.yaml upgrade head"
