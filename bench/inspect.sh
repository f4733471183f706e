#!/usr/bin/env bash
# Times the PostgreSQL inspector alone on the autogenerate workload (bench/make-autogen-schema.sh):
# 500 tables as in the issue, and a 1,000-deep foreign-key chain.
# Usage: bench/inspect.sh [runs]   (PostgreSQL on 127.0.0.1:5432, user migrate/migrate unless PGUSER/PGPASSWORD)
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
runs="${1:-20}"
export PGUSER="${PGUSER:-migrate}" PGPASSWORD="${PGPASSWORD:-migrate}"
cp="$(mktemp)"
trap 'rm -f "$cp"' EXIT
(cd "$root" && mvn -B -o -q compile dependency:build-classpath -pl migrate-dialect-postgres -am \
  -Dmdep.outputFile="$cp" -Dmdep.includeScope=runtime >/dev/null)
classpath="$root/migrate-api/target/classes:$root/migrate-dialect-common/target/classes:$root/migrate-dialect-postgres/target/classes:$(cat "$cp")"
"$root/bench/make-autogen-schema.sh" bench_autogen 500
"$root/bench/make-autogen-schema.sh" bench_autogen_chain 1000 --chain
for db in bench_autogen bench_autogen_chain; do
  echo "== $db"
  java -cp "$classpath" "$root/bench/InspectBench.java" \
    "jdbc:postgresql://127.0.0.1:5432/$db?user=$PGUSER&password=$PGPASSWORD" "$runs"
done

# The floor: the inspector's three catalog queries through psql (text copied from PostgresInspector), median of 11.
floor="$(mktemp)"
python3 - "$root" > "$floor" <<'PY'
import re, sys
s = open(sys.argv[1] + '/migrate-dialect-postgres/src/main/java/dev/migrate/dialect/postgres/PostgresInspector.java').read()
for name in ['COLUMNS', 'CONSTRAINTS', 'INDEXES']:
    q = re.search(name + r' = """\n(.*?)""";', s, re.S).group(1) % ("n.nspname IN ('public')", "")
    print(q.replace('%%', '%') + ';')
PY
for i in $(seq 11); do
  psql -h 127.0.0.1 -d bench_autogen -c '\timing on' -f "$floor" -o /dev/null | awk '/^Time/ {t += $2} END {print t}'
done | sort -n | awk '{a[NR] = $1} END {printf "psql floor, three queries on bench_autogen: median %.1f ms, min %.1f\n", a[int((NR + 1) / 2)], a[1]}'
rm -f "$floor"
