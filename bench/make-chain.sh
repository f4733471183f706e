#!/usr/bin/env bash
# Writes a migrate project with a linear chain of N Java revision scripts (the revision-graph
# benchmark workload). Usage: bench/make-chain.sh N DIR [java|yaml]
# Each script is what `migrate revision` writes: a header and empty upgrade/downgrade bodies.
set -euo pipefail
n="$1"; dir="$2"; format="${3:-java}"
rm -rf "$dir"
mkdir -p "$dir/migrations/versions"
cat > "$dir/migrate.yaml" <<YAML
url: jdbc:sqlite:\${here}/bench.db
script_location: migrations
revision_format: $format
YAML
prev=""
for ((i = 1; i <= n; i++)); do
  id=$(printf 'r%011x' "$i")
  file="$dir/migrations/versions/$(printf '20260101_%06d' "$i")_step_$i.$format"
  if [ "$format" = java ]; then
    revises=${prev:+\"$prev\"}
    cat > "$file" <<JAVA
import dev.migrate.api.*;

@Revision(id = "$id", revises = {$revises}, branchLabels = {}, dependsOn = {},
          message = "Step $i of the benchmark chain", created = "2026-01-01T00:00:00")
class Step$i implements Migration {

    @Override
    public void upgrade(Operations op) {
        // Operations that apply this revision.
    }

    @Override
    public void downgrade(Operations op) {
        // Operations that revert it.
    }
}
JAVA
  else
    cat > "$file" <<YAMLREV
revision: "$id"
revises: [${prev:+\"$prev\"}]
branch_labels: []
depends_on: []
message: "Step $i of the benchmark chain"
created: "2026-01-01T00:00:00"
upgrade: []
downgrade: []
YAMLREV
  fi
  prev="$id"
done
echo "$prev"
