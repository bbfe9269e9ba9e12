#!/usr/bin/env bash
# Benchmark of the whole `java -jar target/memento-stages.jar build` process on synthetic sites.
# Usage: bench/run.sh [PAGES ...]        (default: 100 1000 5000)
# Needs: the jar (mvn -B package), python3, GNU time (/usr/bin/time) for peak memory.
# Prints, for each size: pages, wall seconds (best of 3 runs), peak resident memory.
# Two launch modes are measured: plain `java -jar`, and with the flags and class-data-sharing archive that
# bench/fast-java.sh uses (archive created once, on the first run).
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
  measure "tuned" "$site" bench/fast-java.sh
done
grep -E "^(load|bake|post|check)" "$WORK/log.txt" | sed 's/^/  last run: /'
