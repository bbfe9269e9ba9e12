#!/usr/bin/env bash
# Benchmark of the whole `java -jar target/memento-stages.jar build` process on synthetic sites.
# Usage: bench/run.sh [PAGES ...]        (default: 100 1000 5000)
# Needs: the jar (mvn -B package), python3, GNU time (/usr/bin/time) for peak memory.
# Prints, for each size: pages, wall seconds (best of 3 runs), peak resident memory.
# Launch modes measured: plain `java -jar` (the default java, 17 here); bench/fast-java.sh on Java 17 (C1 only,
# serial GC, class-data-sharing archive); and bench/fast-java.sh on Java 25 when installed (same flags, AOT cache).
# The caches are made by the first of the three runs, so the best of three is a run that uses them.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=target/memento-stages.jar
[ -f "$JAR" ] || { echo "Build the jar first: mvn -B package" >&2; exit 2; }
WORK=bench/out
mkdir -p "$WORK"
TIME=/usr/bin/time
[ -x "$TIME" ] || TIME=""
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(100 1000 5000)

measure() { # label, site dir, java command...
  local label=$1 site=$2; shift 2
  local best="" rss=""
  for run in 1 2 3; do
    rm -rf "$site/out"
    local start end secs
    start=$(date +%s.%N)
    if [ -n "$TIME" ]; then
      "$TIME" -f "%M" -o "$WORK/rss.txt" "$@" build --source "$site" --output "$site/out" > "$WORK/log.txt" 2>&1
      rss=$(tail -1 "$WORK/rss.txt")
    else
      "$@" build --source "$site" --output "$site/out" > "$WORK/log.txt" 2>&1
    fi
    end=$(date +%s.%N)
    secs=$(echo "$end - $start" | bc)
    if [ -z "$best" ] || (( $(echo "$secs < $best" | bc) )); then best=$secs; fi
  done
  printf "%-10s %6s pages  %6.2f s  %s\n" "$label" "$pages" "$best" "${rss:+$((rss / 1024)) MiB peak}"
}

echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1)"
for pages in "${sizes[@]}"; do
  site="$WORK/site-$pages"
  if [ ! -d "$site/content" ]; then
    python3 bench/generate_site.py "$pages" "$site"
  fi
  measure "java -jar" "$site" java -jar "$JAR"
  JAVA25=none measure "tuned 17" "$site" bench/fast-java.sh
  [ -x "${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}" ] && measure "tuned 25" "$site" bench/fast-java.sh
done
grep -E "^(load|bake|post|check)" "$WORK/log.txt" | sed 's/^/  last run: /'
