#!/usr/bin/env bash
# Writes the offline-SQL benchmark workload: a chain of N revisions, the first 20 creating tables
# t1..t20, the rest adding a column to them round-robin. Usage: bench/make-ops-chain.sh N DIR [java|yaml]
set -euo pipefail
n="$1"; dir="$2"; format="${3:-java}"
rm -rf "$dir"
mkdir -p "$dir/migrations/versions"
printf 'url: jdbc:postgresql://localhost/bench\nscript_location: migrations\n' > "$dir/migrate.yaml"
prev=""
for ((i = 1; i <= n; i++)); do
  id=$(printf 'r%011x' "$i")
  file="$dir/migrations/versions/$(printf '20260101_%06d' "$i")_step_$i.$format"
  t=$(( (i - 1) % 20 + 1 ))
  if (( i <= 20 )); then
    if [ "$format" = java ]; then
      up="op.createTable(\"t$t\", column(\"id\", INTEGER).notNull().autoincrementing(), column(\"name\", varchar(100)).notNull(), primaryKey(\"id\"));"
      down="op.dropTable(\"t$t\");"
    else
      up="- create_table: {name: t$t, columns: [{name: id, type: integer, nullable: false, autoincrement: true}, {name: name, type: \"varchar(100)\", nullable: false}], primary_key: [id]}"
      down="- drop_table: t$t"
    fi
  else
    if [ "$format" = java ]; then
      up="op.addColumn(\"t$t\", column(\"c$i\", varchar(50)));"
      down="op.dropColumn(\"t$t\", \"c$i\");"
    else
      up="- add_column: {table: t$t, column: {name: c$i, type: \"varchar(50)\"}}"
      down="- drop_column: {table: t$t, column: c$i}"
    fi
  fi
  if [ "$format" = java ]; then
    cat > "$file" <<JAVA
import static dev.migrate.api.Schema.*;
import static dev.migrate.api.schema.ColumnTypes.*;

import dev.migrate.api.*;

@Revision(id = "$id", revises = {${prev:+\"$prev\"}}, message = "Step $i", created = "2026-01-01T00:00:00")
class Step$i implements Migration {

    @Override
    public void upgrade(Operations op) {
        $up
    }

    @Override
    public void downgrade(Operations op) {
        $down
    }
}
JAVA
  else
    cat > "$file" <<YAMLREV
revision: "$id"
revises: [${prev:+\"$prev\"}]
message: "Step $i"
upgrade:
  $up
downgrade:
  $down
YAMLREV
  fi
  prev="$id"
done
