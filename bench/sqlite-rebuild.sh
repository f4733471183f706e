#!/usr/bin/env bash
# SQLite table rebuild benchmark: a 1,000,000-row table with 3 indexes has a column's type changed,
# which SQLite's ALTER TABLE cannot do, so migrate rebuilds the table. Compared with the floor: the
# same CREATE TABLE + INSERT INTO ... SELECT + DROP + RENAME + CREATE INDEX statements in one
# transaction, run directly by the sqlite3 client. Each run starts from a fresh copy of the
# populated database; prints the median of the runs (default 5) for both, and their ratio.
# Usage: bench/sqlite-rebuild.sh [runs] [rows]
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
runs="${1:-5}"
rows="${2:-1000000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export MIGRATE_CACHE_DIR="$work/cache"

mkdir -p "$work/p/migrations/versions"
cat > "$work/p/migrate.yaml" <<YAML
url: jdbc:sqlite:\${here}/bench.db
script_location: migrations
YAML
cat > "$work/p/migrations/versions/r1_create.java" <<'JAVA'
import static dev.migrate.api.Schema.*;
import static dev.migrate.api.schema.ColumnTypes.*;
import dev.migrate.api.*;

@Revision(id = "r1", message = "Create big")
class Create implements Migration {
    public void upgrade(Operations op) {
        op.createTable("big", column("id", INTEGER).notNull(), column("a", INTEGER), column("b", varchar(50)),
                column("c", TEXT), column("d", numeric(10, 2)), primaryKey("id"));
        op.createIndex("big", index("ix_big_a", "a"));
        op.createIndex("big", index("ix_big_b", "b"));
        op.createIndex("big", index("ix_big_c_d", "c", "d"));
    }
    public void downgrade(Operations op) { op.dropTable("big"); }
}
JAVA
cat > "$work/p/migrations/versions/r2_widen.java" <<'JAVA'
import static dev.migrate.api.schema.ColumnTypes.*;
import dev.migrate.api.*;

@Revision(id = "r2", revises = "r1", message = "b as TEXT")
class Widen implements Migration {
    public void upgrade(Operations op) { op.alterColumnType("big", "b", TEXT); }
    public void downgrade(Operations op) { op.alterColumnType("big", "b", varchar(50)); }
}
JAVA
migrate=("$root/migrate" -c "$work/p/migrate.yaml")
"${migrate[@]}" upgrade r1 >/dev/null
sqlite3 "$work/p/bench.db" "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $rows)
  INSERT INTO big SELECT i, i % 1000, 'name ' || (i * 7919 % $rows), 'text ' || (i % 97), (i % 10000) / 100.0 FROM n"
cp "$work/p/bench.db" "$work/template.db"
cat > "$work/floor.sql" <<'SQL'
BEGIN;
CREATE TABLE _migrate_new_big (id INTEGER NOT NULL, a INTEGER, b TEXT, c TEXT, d NUMERIC(10, 2), CONSTRAINT pk_big PRIMARY KEY (id));
INSERT INTO _migrate_new_big (id, a, b, c, d) SELECT id, a, b, c, d FROM big;
DROP TABLE big;
ALTER TABLE _migrate_new_big RENAME TO big;
CREATE INDEX ix_big_a ON big (a);
CREATE INDEX ix_big_b ON big (b);
CREATE INDEX ix_big_c_d ON big (c, d);
COMMIT;
SQL

now() { date +%s%N; }
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
: > "$work/migrate.ms"; : > "$work/floor.ms"
for ((i = 0; i < runs; i++)); do
  cp "$work/template.db" "$work/p/bench.db"
  start=$(now); "${migrate[@]}" upgrade r2 >/dev/null; end=$(now)
  echo $(( (end - start) / 1000000 )) >> "$work/migrate.ms"
  cp "$work/template.db" "$work/p/bench.db"
  start=$(now); sqlite3 -bail "$work/p/bench.db" < "$work/floor.sql"; end=$(now)
  echo $(( (end - start) / 1000000 )) >> "$work/floor.ms"
done
# The rebuilt table holds every row, with b now TEXT.
[ "$(sqlite3 "$work/p/bench.db" "SELECT count(*), (SELECT type FROM pragma_table_info('big') WHERE name = 'b') FROM big")" = "$rows|TEXT" ]
m=$(median < "$work/migrate.ms"); f=$(median < "$work/floor.ms")
echo "| What | Median [ms] | Runs [ms] |"
echo "|:---|---:|:---|"
echo "| sqlite3 client running the rebuild statements (floor) | $f | $(paste -sd, "$work/floor.ms") |"
echo "| \`migrate upgrade\` (whole command: JVM start, plan, guards, rebuild) | $m | $(paste -sd, "$work/migrate.ms") |"
awk -v m="$m" -v f="$f" 'BEGIN { printf "\nmigrate / floor: %.2f\n", m / f }'
