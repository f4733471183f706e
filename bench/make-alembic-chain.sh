#!/usr/bin/env bash
# Writes the Alembic twin of bench/make-ops-chain.sh, for timing Alembic in the same run as migrate:
# N revisions, the first 20 creating tables t1..t20 (identity primary key, name VARCHAR(100)), the
# rest adding a VARCHAR(50) column to them round-robin, so both tools run the same DDL.
# Usage: bench/make-alembic-chain.sh N DIR URL [per-migration|one]
#   URL: a SQLAlchemy URL, e.g. postgresql://postgres@127.0.0.1/bench_online
# Needs Python 3 with alembic and a driver (Debian: python3-alembic python3-psycopg2).
set -euo pipefail
n="$1"; dir="$2"; url="$3"; mode="${4:-per-migration}"
rm -rf "$dir"
mkdir -p "$dir/versions"
per=True
[ "$mode" = one ] && per=False
cat > "$dir/alembic.ini" <<INI
[alembic]
script_location = $dir
sqlalchemy.url = $url
INI
cat > "$dir/env.py" <<PY
from alembic import context
from sqlalchemy import engine_from_config, pool

config = context.config
connectable = engine_from_config(config.get_section(config.config_ini_section), prefix="sqlalchemy.", poolclass=pool.NullPool)
with connectable.connect() as connection:
    context.configure(connection=connection, target_metadata=None, transaction_per_migration=$per)
    with context.begin_transaction():
        context.run_migrations()
PY
cat > "$dir/script.py.mako" <<'MAKO'
MAKO
python3 - "$n" "$dir/versions" <<'PY'
import sys
n, out = int(sys.argv[1]), sys.argv[2]
prev = None
for i in range(1, n + 1):
    rev = "r%011x" % i
    t = (i - 1) % 20 + 1
    if i <= 20:
        up = (f"op.create_table('t{t}', sa.Column('id', sa.Integer, sa.Identity(), nullable=False), "
              f"sa.Column('name', sa.String(100), nullable=False), sa.PrimaryKeyConstraint('id', name='pk_t{t}'))")
        down = f"op.drop_table('t{t}')"
    else:
        up = f"op.add_column('t{t}', sa.Column('c{i}', sa.String(50)))"
        down = f"op.drop_column('t{t}', 'c{i}')"
    with open(f"{out}/{rev}_step_{i}.py", "w") as f:
        f.write(f'''"""Step {i}"""
from alembic import op
import sqlalchemy as sa

revision = {rev!r}
down_revision = {prev!r}
branch_labels = None
depends_on = None


def upgrade():
    {up}


def downgrade():
    {down}
''')
    prev = rev
PY
