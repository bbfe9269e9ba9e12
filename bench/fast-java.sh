#!/usr/bin/env bash
# Runs the site builder with start-up tuned for a short-lived process on few cores:
#   - C1 compiler only and the serial garbage collector;
#   - a class cache made by a first run and reused after: on Java 25 and later an AOT cache (classes loaded and
#     linked, with method profiles), on Java 17 an application class-data-sharing archive.
# The jar is built for Java 17 and runs on either. Java 25 is used when $JAVA25 (or
# /usr/lib/jvm/temurin-25-jdk-amd64) exists; set JAVA25=none to force the default java.
# Usage: bench/fast-java.sh build [options]   — same arguments as `java -jar target/memento-stages.jar`
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
JAR="$here/target/memento-stages.jar"
flags=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC)
java25="${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"
if [ "$java25" != "none" ] && [ -x "$java25" ]; then
  CACHE="$here/target/memento-stages.aot"
  [ -f "$CACHE" ] && [ "$JAR" -nt "$CACHE" ] && rm -f "$CACHE"
  if [ -f "$CACHE" ]; then
    exec "$java25" "${flags[@]}" -XX:AOTCache="$CACHE" -jar "$JAR" "$@"
  fi
  exec "$java25" "${flags[@]}" -XX:AOTCacheOutput="$CACHE" -jar "$JAR" "$@"
fi
CACHE="$here/target/memento-stages.jsa"
# an archive made from another build of the jar is ignored by the JVM: make a new one
[ -f "$CACHE" ] && [ "$JAR" -nt "$CACHE" ] && rm -f "$CACHE"
if [ -f "$CACHE" ]; then
  exec java "${flags[@]}" -Xshare:auto -XX:SharedArchiveFile="$CACHE" -jar "$JAR" "$@"
fi
exec java "${flags[@]}" -XX:ArchiveClassesAtExit="$CACHE" -jar "$JAR" "$@"
