#!/usr/bin/env bash
# Runs the site builder with start-up tuned for a short-lived, 2-core process: C1 only, serial GC, and an
# application class-data-sharing archive (created on first use, next to the jar, and again when the jar changes).
# Usage: bench/fast-java.sh build [options]   — same arguments as `java -jar target/memento-stages.jar`
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
JAR="$here/target/memento-stages.jar"
JSA="$here/target/memento-stages.jsa"
flags=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto)
# an archive made from another build of the jar is ignored by the JVM: make a new one
if [ -f "$JSA" ] && [ "$JAR" -nt "$JSA" ]; then rm -f "$JSA"; fi
if [ -f "$JSA" ]; then
  exec java "${flags[@]}" -XX:SharedArchiveFile="$JSA" -jar "$JAR" "$@"
else
  exec java "${flags[@]}" -XX:ArchiveClassesAtExit="$JSA" -jar "$JAR" "$@"
fi
