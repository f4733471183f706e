#!/usr/bin/env bash
# Prints the classpath for bench/FlywayRun.java: flyway-core and flyway-database-postgresql (same
# version) with their runtime dependencies, and the PostgreSQL driver, resolved by Maven into
# ~/.m2 through a throwaway pom. With `cli`, prints instead the classpath of Flyway's command-line
# tool (main class org.flywaydb.commandline.Main): flyway-commandline (same version) with its
# runtime dependencies (all its database plugins and drivers, ~270 jars), with the versions Flyway's
# own build pins (flyway-parent imported as a BOM; Maven's nearest-wins alone picks a jackson-core
# older than jackson-databind, and the tool then fails with NoSuchMethodError) and the PostgreSQL
# driver pinned to the same version as above. The result is cached in ~/.cache/migrate-bench (or
# $XDG_CACHE_HOME/migrate-bench) and reused while all its jars still exist. If Maven cannot resolve
# it, prints one line on stderr (the Maven log is kept next to the cache) and exits 1.
# Usage: bench/flyway-classpath.sh [cli]   (FLYWAY_VERSION, PGJDBC_VERSION override the versions)
set -euo pipefail
version="${FLYWAY_VERSION:-11.20.3}"
pgjdbc="${PGJDBC_VERSION:-42.7.8}"
cache="${XDG_CACHE_HOME:-$HOME/.cache}/migrate-bench"
bom=""
case "${1:-}" in
  "") name="flyway-$version-pgjdbc-$pgjdbc"; what="flyway-core/flyway-database-postgresql $version"
      flyway_deps="<dependency><groupId>org.flywaydb</groupId><artifactId>flyway-core</artifactId><version>$version</version></dependency>
    <dependency><groupId>org.flywaydb</groupId><artifactId>flyway-database-postgresql</artifactId><version>$version</version></dependency>" ;;
  cli) name="flyway-commandline-$version-pgjdbc-$pgjdbc"; what="flyway-commandline $version"
      flyway_deps="<dependency><groupId>org.flywaydb</groupId><artifactId>flyway-commandline</artifactId><version>$version</version></dependency>"
      bom="
  <dependencyManagement>
    <dependencies>
      <dependency><groupId>org.flywaydb</groupId><artifactId>flyway-parent</artifactId><version>$version</version><type>pom</type><scope>import</scope></dependency>
    </dependencies>
  </dependencyManagement>" ;;
  *) echo "usage: bench/flyway-classpath.sh [cli]" >&2; exit 2 ;;
esac
out="$cache/$name.classpath"
log="$cache/$name.log"
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
  <packaging>pom</packaging>$bom
  <dependencies>
    $flyway_deps
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
  echo "flyway-classpath.sh: Maven could not resolve $what + postgresql $pgjdbc (log: $log)" >&2
  exit 1
fi
mv "$tmp/classpath" "$out"
printf '%s\n' "$(cat "$out")"
