#!/usr/bin/env bash
# Revision-graph micro benchmark: compiles migrate-api and migrate-engine with their tests, then runs
# dev.migrate.engine.graph.GraphBenchmark (10,000 and 100,000 revisions, branch and merge every 50)
# in one JVM and prints a markdown table. Usage: bench/graph.sh [-o] [runs [sizes...]]
# (runs default 7; sizes default 10000 100000; -o runs Maven offline)
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."
offline=()
if [ "${1:-}" = "-o" ]; then offline=(-o); shift; fi
classpath_file="$(mktemp)"
trap 'rm -f "$classpath_file"' EXIT
# One reactor run, so migrate-api comes from this checkout, not from ~/.m2; the engine's classpath is written last.
mvn -B -q "${offline[@]}" -pl migrate-api,migrate-engine -am test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$classpath_file" -Dmdep.excludeGroupIds=dev.migrate
exec java -cp "migrate-engine/target/test-classes:migrate-engine/target/classes:migrate-api/target/classes:$(cat "$classpath_file")" \
  dev.migrate.engine.graph.GraphBenchmark "$@"
