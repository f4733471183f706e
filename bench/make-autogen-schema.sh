#!/usr/bin/env bash
# Autogenerate workload on PostgreSQL: N tables (default 500) of 11 columns, each with a primary
# key, a unique constraint, 2 indexes and a foreign key — to t0 (a star, the issue's schema), or
# with --chain to the previous table (a foreign-key chain N deep; Alembic 1.8 fails at ~200).
# Usage: bench/make-autogen-schema.sh DATABASE [TABLES] [--chain]
#        (PostgreSQL on 127.0.0.1:5432; PGUSER/PGPASSWORD from the environment, default migrate/migrate)
set -euo pipefail
db="${1:?database name}"
tables="${2:-500}"
chain="${3:-}"
export PGUSER="${PGUSER:-migrate}" PGPASSWORD="${PGPASSWORD:-migrate}"
psql -h 127.0.0.1 -d postgres -qc "SET client_min_messages = error" -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" >/dev/null
refers='t0'
[[ "$chain" == "--chain" ]] && refers="t' || greatest(i - 1, 0) || '"
psql -h 127.0.0.1 -d "$db" -q -v ON_ERROR_STOP=1 <<SQL
DO \$\$
BEGIN
  FOR i IN 0..$tables - 1 LOOP
    EXECUTE 'CREATE TABLE t' || i || ' (
      id serial PRIMARY KEY,
      code varchar(40) NOT NULL,
      name varchar(100) NOT NULL,
      description text,
      amount numeric(12, 2) DEFAULT 0,
      qty integer NOT NULL DEFAULT 0,
      active boolean NOT NULL DEFAULT true,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamp,
      ref_id integer,
      payload json,
      CONSTRAINT uq_t' || i || '_code UNIQUE (code))';
    EXECUTE 'ALTER TABLE t' || i || ' ADD CONSTRAINT fk_t' || i || '_ref FOREIGN KEY (ref_id) REFERENCES $refers (id)';
    EXECUTE 'CREATE INDEX ix_t' || i || '_name ON t' || i || ' (name)';
    EXECUTE 'CREATE INDEX ix_t' || i || '_created ON t' || i || ' (created_at, qty)';
  END LOOP;
END
\$\$;
SET client_min_messages = error;
ANALYZE;
SQL
echo "created $tables tables in $db${chain:+ (foreign-key chain)}"
