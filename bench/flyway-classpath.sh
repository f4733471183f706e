#!/usr/bin/env bash
# Prints the classpath for bench/FlywayRun.java: flyway-core and flyway-database-postgresql (same
# version) with their runtime dependencies, and the PostgreSQL driver, resolved by Maven into
# ~/.m2 through a throwaway pom. The result is cached in ~/.cache/migrate-bench (or
# $XDG_CACHE_HOME/migrate-bench) and reused while all its jars still exist. If Maven cannot resolve
# it, prints one line on stderr (the Maven log is kept next to the cache) and exits 1.
# Usage: bench/flyway-classpath.sh   (FLYWAY_VERSION, PGJDBC_VERSION override the versions)
set -euo pipefail
version="${FLYWAY_VERSION:-11.20.3}"
pgjdbc="${PGJDBC_VERSION:-42.7.8}"
cache="${XDG_CACHE_HOME:-$HOME/.cache}/migrate-bench"
out="$cache/flyway-$version-pgjdbc-$pgjdbc.classpath"
log="$cache/flyway-$version-pgjdbc-$pgjdbc.log"
if [ -s "$out" ]; then
  cp="$(cat "$out")"
  ok=1
  IFS=: read -ra jars <<< "$cp"
  for jar in "${jars[@]}"; do [ -f "$jar" ] || { ok=0; break; }; done
  if [ "$ok" = 1 ]; then printf '%s\n' "$cp"; exit 0; fi
fi
mkdir -p "$cache"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cat > "$tmp/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId>
  <artifactId>flyway-classpath</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency><groupId>org.flywaydb</groupId><artifactId>flyway-core</artifactId><version>$version</version></dependency>
    <dependency><groupId>org.flywaydb</groupId><artifactId>flyway-database-postgresql</artifactId><version>$version</version></dependency>
    <dependency><groupId>org.postgresql</groupId><artifactId>postgresql</artifactId><version>$pgjdbc</version></dependency>
  </dependencies>
  <build>
    <plugins>
      <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-dependency-plugin</artifactId><version>3.8.1</version></plugin>
    </plugins>
  </build>
</project>
POM
if ! (cd "$tmp" && mvn -B -q dependency:build-classpath -Dmdep.includeScope=runtime \
        -Dmdep.outputFile="$tmp/classpath") > "$log" 2>&1 || [ ! -s "$tmp/classpath" ]; then
  echo "flyway-classpath.sh: Maven could not resolve flyway-core/flyway-database-postgresql $version + postgresql $pgjdbc (log: $log)" >&2
  exit 1
fi
mv "$tmp/classpath" "$out"
printf '%s\n' "$(cat "$out")"
