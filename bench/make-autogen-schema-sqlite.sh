#!/usr/bin/env bash
# The autogenerate workload of bench/make-autogen-schema.sh as a SQLite file: N tables (default
# 500) of 11 columns, each with a primary key, a unique constraint, 2 indexes and a foreign key to t0.
# Usage: bench/make-autogen-schema-sqlite.sh FILE [TABLES]
set -euo pipefail
file="${1:?database file}"
tables="${2:-500}"
rm -f "$file"
{
  echo "BEGIN;"
  for ((i = 0; i < tables; i++)); do
    echo "CREATE TABLE t$i (id INTEGER PRIMARY KEY AUTOINCREMENT, code VARCHAR(40) NOT NULL, name VARCHAR(100) NOT NULL,
      description TEXT, amount NUMERIC(12, 2) DEFAULT 0, qty INTEGER NOT NULL DEFAULT 0, active BOOLEAN NOT NULL DEFAULT 1,
      created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP, updated_at TIMESTAMP, ref_id INTEGER, payload TEXT,
      CONSTRAINT uq_t${i}_code UNIQUE (code), CONSTRAINT fk_t${i}_ref FOREIGN KEY (ref_id) REFERENCES t0 (id));
    CREATE INDEX ix_t${i}_name ON t$i (name);
    CREATE INDEX ix_t${i}_created ON t$i (created_at, qty);"
  done
  echo "COMMIT;"
} | sqlite3 "$file"
echo "created $tables tables in $file"
