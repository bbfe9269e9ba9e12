#!/usr/bin/env bash
# Preview latency: save of a one-page text edit → reload event received by the open page (see preview-latency.py).
# Usage: bench/preview-latency.sh [real|PAGES ...] [--runs N]     (default: real 1000, 15 runs each)
# Needs: the jar (mvn -B package) and python3. The site is copied (real) or generated (PAGES, bench/generate_site.py)
# into a temporary folder: the sources of the project are never edited. MEMENTO_CMD overrides the command
# (default: java -jar target/memento-stages.jar; a long-running serve gains from the full JIT).
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=target/memento-stages.jar
[ -f "$JAR" ] || { echo "Build the jar first: mvn -B package" >&2; exit 2; }
runs=15
sites=()
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    *) sites+=("$1"); shift ;;
  esac
done
[ ${#sites[@]} -gt 0 ] || sites=(real 1000)
read -r -a cmd <<< "${MEMENTO_CMD:-java -jar $JAR}"
work=$(mktemp -d)
trap '[ -n "${KEEP:-}" ] || rm -rf "$work"' EXIT
for site in "${sites[@]}"; do
  dir="$work/$site"
  mkdir -p "$dir"
  if [ "$site" = real ]; then
    cp -r content templates assets data site.yaml "$dir/"
  else
    python3 bench/generate_site.py "$site" "$dir"
  fi
  echo "== $site: $(find "$dir/content" -name '*.md' | wc -l) pages"
  python3 bench/preview-latency.py "$dir" "$runs" -- "${cmd[@]}"
done
