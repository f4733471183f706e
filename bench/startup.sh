#!/usr/bin/env bash
# Start-up benchmark: `./migrate --version` with a built jar, against the JVM floor (a class that
# prints one line) measured in the same run. Usage: bench/startup.sh [runs]
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
runs="${1:-30}"
command -v hyperfine >/dev/null || { apt-get update -qq && apt-get install -y -qq hyperfine >/dev/null; }

"$root/migrate" --version >/dev/null   # builds the jar and the CDS archive if needed
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cat > "$work/Hello.java" <<'JAVA'
public class Hello { public static void main(String[] a) { System.out.println("hello"); } }
JAVA
javac -d "$work" "$work/Hello.java"
jar="$root/migrate-cli/target/migrate.jar"

hyperfine -N --warmup 3 --runs "$runs" --export-markdown "$work/startup.md" \
  -n "JVM floor (hello world)" "java -cp $work Hello" \
  -n "java -jar migrate.jar --version (no flags)" "java -jar $jar --version" \
  -n "./migrate --version (launcher: CDS + C1)" "$root/migrate --version"
cat "$work/startup.md"
