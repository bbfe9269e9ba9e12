#!/usr/bin/env bash
# Benchmark of the statistics step: loads and validates N rows (default 10,000) of data/statistiques/.
# Usage: bench/stats.sh [ROWS]      (needs the jar: mvn -B package)
# Prints the load step alone (cold and warm), then the build log, whose « generate » line is the whole statistics
# step (CSV reading, validation, open data, pages).
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-10000}
python3 bench/generate_stats.py "$rows" bench/out/stats-site
# 1. the load step alone (CSV reading and validation), in its own JVM
java -cp "target/classes:target/lib/*" bench/StatsLoadBench.java bench/out/stats-site
# 2. the whole build, whose « generate » line also writes the open-data files and the statistics pages
for run in 1 2 3; do
  rm -rf bench/out/stats-site/out
  java -jar target/memento-stages.jar build --source bench/out/stats-site --output bench/out/stats-site/out | grep -E "^(generate|Site)"
done
