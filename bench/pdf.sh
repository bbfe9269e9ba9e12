#!/usr/bin/env bash
# What the mémento PDF costs a build of the real site (this repository), with the launcher target/memento.
# Usage: bench/pdf.sh [RUNS]      (default 5; needs mvn -B -o -q package -DskipTests first)
#   MEMENTO_LAUNCHER=/other/checkout/target/memento bench/pdf.sh   times another version's launcher on this site
# Three situations, interleaved (a, b, c, then again) so that the machine's drift hits each alike:
#   a  cold: empty output folder, no previous PDF: the PDF is made;
#   b  rebuild into an output folder that already holds the same mémento: the previous PDF is reused;
#   c  no PDF: the same site and output as a, with MEMENTO_NO_PDF=1 (the build skips the PDF and the download
#      links keep their « (PDF) » placeholder; for measures only). The pages built are the same as in a.
# Each run is a whole process (JVM start included). Prints each run's wall time and processor time (user + system,
# all threads: steadier than wall time on a loaded machine, and what a parallel PDF does not hide), its step timings as the build log gives them
# (« pdf » is the PDF's own time, made on its own thread while check and extras run; « wait » is how long the
# build then waited for it), then best and median wall time per situation, and the load average.
# A script, never a test: timings on a shared 2-core machine vary by 20-30 % from one series to the next.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
RUNS=${1:-5}
LAUNCHER="${MEMENTO_LAUNCHER:-$ROOT/target/memento}"
TIME=/usr/bin/time
[ -x "$TIME" ] || { echo "GNU time est nécessaire (apt-get install time)" >&2; exit 2; }
[ -x "$LAUNCHER" ] || { echo "Construisez d'abord le lanceur : mvn -B -o -q package -DskipTests" >&2; exit 2; }
WORK=$(mktemp -d "${TMPDIR:-/tmp}/memento-pdf-bench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

echo "charge avant : $(uptime)"
# b's output folder, holding the PDF of this very site
"$LAUNCHER" build --source "$ROOT" --output "$WORK/b/site" > /dev/null 2>&1

# one build: $1 situation, $2 output folder, then env assignments; prints « wall step=seconds… »
run() {
  local what=$1 out=$2; shift 2
  local log start end cpu
  start=$(date +%s.%N)
  log=$(env "$@" "$TIME" -f 'cpu %U %S' -o "$WORK/cpu.txt" "$LAUNCHER" build --source "$ROOT" --output "$out" 2>/dev/null)
  end=$(date +%s.%N)
  cpu=$(awk '{ printf "%.2f", $2 + $3 }' "$WORK/cpu.txt")
  local steps
  steps=$(awk '
    /^(load|generate|bake|post|check|extras|publish) / {
      name = $1
      if ($0 ~ /PDF du mémento/) name = "pdf"
      if ($0 ~ /attente du PDF/) name = "wait"
      printf "%s=%s ", name, $(NF-1)
    }' <<< "$log")
  if [ "$what" = c ] && grep -q "PDF du mémento" <<< "$log"; then
    echo "la situation c a fait un PDF : MEMENTO_NO_PDF n'est pas pris en compte par ce jar" >&2; exit 1
  fi
  if [ "$what" = b ] && ! grep -q "(inchangé)" <<< "$log"; then
    echo "la situation b n'a pas repris le PDF précédent" >&2; exit 1
  fi
  printf '%s %.3f cpu=%s %s\n' "$what" "$(echo "$end - $start" | bc -l)" "$cpu" "$steps"
}

results="$WORK/results.txt"
for i in $(seq 1 "$RUNS"); do
  run a "$WORK/a$i/site" | tee -a "$results"
  run b "$WORK/b/site" | tee -a "$results"
  run c "$WORK/c$i/site" MEMENTO_NO_PDF=1 | tee -a "$results"
  rm -rf "$WORK/a$i" "$WORK/c$i"
done

echo "----"
echo "temps total du processus (JVM comprise), temps processeur, puis temps propre du PDF, en secondes"
printf '%-3s %6s %9s %9s %9s %9s %9s  %s\n' "" essais meilleur médiane "CPU méd." "PDF meill." "PDF méd." situation
median() { awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
for what in a b c; do
  case $what in
    a) label="froid, PDF fait" ;;
    b) label="PDF précédent repris" ;;
    c) label="sans PDF (MEMENTO_NO_PDF=1)" ;;
  esac
  walls=$(awk -v w="$what" '$1 == w { print $2 }' "$results" | sort -n)
  pdfs=$(awk -v w="$what" '$1 == w { for (i = 4; i <= NF; i++) if ($i ~ /^pdf=/) { sub(/^pdf=/, "", $i); print $i } }' "$results" | sort -n)
  cpus=$(awk -v w="$what" '$1 == w { sub(/^cpu=/, "", $3); print $3 }' "$results" | sort -n)
  best_pdf="-"; median_pdf="-"
  if [ -n "$pdfs" ]; then best_pdf=$(head -1 <<< "$pdfs"); median_pdf=$(median <<< "$pdfs"); fi
  printf '%-3s %6s %9s %9s %9s %9s %9s  %s\n' "$what" "$(wc -l <<< "$walls")" "$(head -1 <<< "$walls")" "$(median <<< "$walls")" \
    "$(median <<< "$cpus")" \
    "$best_pdf" "$median_pdf" "$label"
done
echo "charge après : $(uptime)"
