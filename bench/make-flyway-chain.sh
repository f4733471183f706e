#!/usr/bin/env bash
# Writes the Flyway twin of an offline upgrade script, for timing Flyway in the same run as migrate:
# splits PER_SQL (`migrate upgrade head --sql`, e.g. of bench/make-ops-chain.sh) at its
# "-- Running upgrade" comments into DIR/sql/V<i>__step_<i>.sql (i = 1..N), each holding only that
# step's own DDL: BEGIN/COMMIT, comments and the migrate_version CREATE/INSERT/UPDATE/DELETE are
# dropped, so Flyway (one transaction per migration by default) runs exactly the same DDL.
# Usage: bench/make-flyway-chain.sh PER_SQL DIR
set -euo pipefail
sql="$1"; dir="$2"
[ -f "$sql" ] || { echo "make-flyway-chain.sh: no such file: $sql" >&2; exit 1; }
rm -rf "$dir"
mkdir -p "$dir/sql"
python3 - "$sql" "$dir/sql" <<'PY'
import re
import sys

src, out = sys.argv[1], sys.argv[2]
steps = []          # each a list of statements (one string per statement, may span lines)
pending = []        # lines of the statement being read
bookkeeping = re.compile(r"^(CREATE TABLE|INSERT INTO|UPDATE|DELETE FROM)\s+migrate_version\b", re.I)
with open(src) as f:
    for number, line in enumerate(f, 1):
        text = line.rstrip("\n")
        stripped = text.strip()
        if not pending:
            if not stripped:
                continue
            if stripped.startswith("--"):
                if stripped.startswith("-- Running downgrade"):
                    sys.exit(f"make-flyway-chain.sh: {src}:{number}: a downgrade script; give an upgrade one")
                if stripped.startswith("-- Running upgrade"):
                    steps.append([])
                continue
            if stripped.upper() in ("BEGIN;", "COMMIT;", "START TRANSACTION;"):
                continue
        pending.append(text)
        if stripped.endswith(";"):
            statement = "\n".join(pending)
            pending = []
            if bookkeeping.match(statement.strip()):
                continue
            if not steps:
                sys.exit(f"make-flyway-chain.sh: {src}:{number}: a statement before the first '-- Running upgrade' comment")
            steps[-1].append(statement)
if pending:
    sys.exit(f"make-flyway-chain.sh: {src}: unterminated statement at the end: {pending[0]!r}")
if not steps:
    sys.exit(f"make-flyway-chain.sh: {src}: no '-- Running upgrade' steps found")
for i, statements in enumerate(steps, 1):
    with open(f"{out}/V{i}__step_{i}.sql", "w") as f:
        f.write("".join(s + "\n" for s in statements))
PY
