#!/usr/bin/env bash
# Autogenerate benchmark on PostgreSQL: the whole command `migrate revision --autogenerate` against
# bench/make-autogen-schema.sh's 500 tables (11 columns, primary key, unique constraint, 2 indexes
# and a foreign key each), with a YAML target model that adds a column to 10 of them. Also
# `migrate check` (same comparison, nothing written) and offline autogenerate of a 1,000-deep chain.
# Usage: bench/autogen-pg.sh [runs] [tables]   (PostgreSQL on 127.0.0.1:5432; PGUSER/PGPASSWORD, default migrate)
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
runs="${1:-10}"
tables="${2:-500}"
export PGUSER="${PGUSER:-migrate}" PGPASSWORD="${PGPASSWORD:-migrate}"
command -v hyperfine >/dev/null || { apt-get update -qq && apt-get install -y -qq hyperfine >/dev/null; }
work="$(mktemp -d)"
trap 'rm -rf "$work"; psql -h 127.0.0.1 -d postgres -qc "DROP DATABASE IF EXISTS bench_autogen" >/dev/null 2>&1 || true' EXIT
export MIGRATE_CACHE_DIR="$work/cache"
"$root/bench/make-autogen-schema.sh" bench_autogen "$tables"
model() { # model FILE TABLES EXTRA_COLUMN_TABLES [chain]
  local i refers
  echo "tables:" > "$1"
  for ((i = 0; i < $2; i++)); do
    refers=t0; [[ "${4:-}" == chain ]] && refers="t$(( i > 0 ? i - 1 : 0 ))"
    cat >> "$1" <<YAML
  - name: t$i
    columns:
      - {name: id, type: integer, nullable: false, autoincrement: true}
      - {name: code, type: varchar(40), nullable: false}
      - {name: name, type: varchar(100), nullable: false}
      - {name: description, type: text}
      - {name: amount, type: "numeric(12,2)", server_default: "0"}
      - {name: qty, type: integer, nullable: false, server_default: "0"}
      - {name: active, type: boolean, nullable: false, server_default: "true"}
      - {name: created_at, type: timestamptz, nullable: false, server_default: "now()"}
      - {name: updated_at, type: timestamp}
      - {name: ref_id, type: integer}
      - {name: payload, type: json}
$( ((i < $3)) && echo "      - {name: note, type: varchar(200)}" )
    primary_key: [id]
    unique: [{name: uq_t${i}_code, columns: [code]}]
    foreign_keys: [{name: fk_t${i}_ref, columns: [ref_id], references: {table: $refers, columns: [id]}}]
    indexes:
      - {name: ix_t${i}_name, columns: [name]}
      - {name: ix_t${i}_created, columns: [created_at, qty]}
YAML
  done
}
java_model() { # java_model FILE TABLES EXTRA_COLUMN_TABLES: the same schema as a TargetModel class, 50 tables per method
  local i
  { echo 'import static dev.migrate.api.Schema.*;'
    echo 'import static dev.migrate.api.schema.ColumnTypes.*;'
    echo 'import dev.migrate.api.TargetModel; import dev.migrate.api.schema.*; import java.util.*;'
    echo 'class Model implements TargetModel {'
    echo '  public SchemaModel model() { List<TableDef> t = new ArrayList<>();'
    for ((i = 0; i < $2; i += 50)); do echo "    part$i(t);"; done
    echo '    return SchemaModel.of(t); }'
    for ((i = 0; i < $2; i++)); do
      ((i % 50 == 0)) && echo "  void part$i(List<TableDef> t) {"
      echo "    t.add(table(\"t$i\", column(\"id\", INTEGER).notNull().autoincrementing(), column(\"code\", varchar(40)).notNull(),"
      echo "      column(\"name\", varchar(100)).notNull(), column(\"description\", TEXT), column(\"amount\", numeric(12, 2)).serverDefault(\"0\"),"
      echo "      column(\"qty\", INTEGER).notNull().serverDefault(\"0\"), column(\"active\", BOOLEAN).notNull().serverDefault(\"true\"),"
      echo "      column(\"created_at\", TIMESTAMP_TZ).notNull().serverDefault(\"now()\"), column(\"updated_at\", TIMESTAMP),"
      echo "      column(\"ref_id\", INTEGER), column(\"payload\", JSON),$( ((i < $3)) && echo " column(\"note\", varchar(200)),")"
      echo "      primaryKey(\"id\"), unique(\"uq_t${i}_code\", \"code\"), foreignKey(\"ref_id\").references(\"t0\", \"id\").withName(\"fk_t${i}_ref\"))"
      echo "      .withIndexes(index(\"ix_t${i}_name\", \"name\"), index(\"ix_t${i}_created\", \"created_at\", \"qty\")));"
      ((i % 50 == 49 || i == $2 - 1)) && echo "  }"
    done
    echo '}'; } > "$1"
}
mkdir -p "$work/p/migrations/versions" "$work/chain/migrations/versions" "$work/j/migrations/versions"
java_model "$work/j/Model.java" "$tables" 10
printf 'url: jdbc:postgresql://127.0.0.1:5432/bench_autogen?user=%s&password=%s\ntarget_model: Model.java\n' \
  "$PGUSER" "$PGPASSWORD" > "$work/j/migrate.yaml"
"$root/migrate" -c "$work/j/migrate.yaml" revision --autogenerate -m "add notes" | tail -1    # compiles the model once
rm -f "$work/j/migrations/versions/"*
model "$work/p/model.yaml" "$tables" 10
printf 'url: jdbc:postgresql://127.0.0.1:5432/bench_autogen?user=%s&password=%s\ntarget_model: model.yaml\n' \
  "$PGUSER" "$PGPASSWORD" > "$work/p/migrate.yaml"
model "$work/chain/model.yaml" 1000 0 chain
printf 'url: jdbc:postgresql://127.0.0.1:5432/none\ntarget_model: model.yaml\n' > "$work/chain/migrate.yaml"
"$root/migrate" --version >/dev/null
"$root/migrate" -c "$work/p/migrate.yaml" revision --autogenerate -m "add notes" | tail -3
rm -f "$work/p/migrations/versions/"*
hyperfine -N --warmup 1 --runs "$runs" --export-markdown "$work/autogen.md" \
  --prepare "find $work/p/migrations/versions $work/j/migrations/versions $work/chain/migrations/versions -type f -delete" \
  -n "revision --autogenerate ($tables tables, 10 added columns, YAML model)" \
  "$root/migrate -c $work/p/migrate.yaml revision --autogenerate -m add_notes" \
  -n "revision --autogenerate ($tables tables, 10 added columns, Java model)" \
  "$root/migrate -c $work/j/migrate.yaml revision --autogenerate -m add_notes" \
  -n "check ($tables tables, 10 differences)" "bash -c '$root/migrate -c $work/p/migrate.yaml check; [ \$? = 9 ]'" \
  -n "revision --autogenerate --offline (1,000-deep FK chain, no database)" \
  "$root/migrate -c $work/chain/migrate.yaml revision --autogenerate --offline -m chain" >/dev/null
cat "$work/autogen.md"
