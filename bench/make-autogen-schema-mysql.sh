#!/usr/bin/env bash
# The autogenerate workload of bench/make-autogen-schema.sh on MySQL/MariaDB: N tables (default
# 500) of 11 columns, each with a primary key, a unique constraint, 2 indexes and a foreign key to t0.
# Usage: bench/make-autogen-schema-mysql.sh DATABASE [TABLES]   (127.0.0.1:3306, user migrate/migrate
#        unless MYSQL_USER/MYSQL_PASSWORD)
set -euo pipefail
db="${1:?database name}"
tables="${2:-500}"
{
  echo "DROP DATABASE IF EXISTS $db; CREATE DATABASE $db; USE $db;"
  for ((i = 0; i < tables; i++)); do
    echo "CREATE TABLE t$i (id INT AUTO_INCREMENT PRIMARY KEY, code VARCHAR(40) NOT NULL, name VARCHAR(100) NOT NULL,
      description TEXT, amount DECIMAL(12, 2) DEFAULT 0, qty INT NOT NULL DEFAULT 0, active BOOLEAN NOT NULL DEFAULT TRUE,
      created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), updated_at DATETIME(6), ref_id INT, payload JSON,
      CONSTRAINT uq_t${i}_code UNIQUE (code), CONSTRAINT fk_t${i}_ref FOREIGN KEY (ref_id) REFERENCES t0 (id),
      INDEX ix_t${i}_name (name), INDEX ix_t${i}_created (created_at, qty));"
  done
} | mariadb -h 127.0.0.1 -u"${MYSQL_USER:-migrate}" -p"${MYSQL_PASSWORD:-migrate}"
echo "created $tables tables in $db"
