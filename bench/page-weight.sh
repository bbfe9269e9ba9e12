#!/usr/bin/env bash
# Weight of every page as a reader's browser first loads it: the HTML, plus the style sheets and scripts it links
# (each gzip-compressed, as a web server sends them), images and videos left out. The search (search.js and its
# index) is not part of a page's first load: it is fetched only when the reader starts searching, and reported apart.
# Fails (exit 1) when a page goes over the budget.
#   bench/page-weight.sh [SITE_FOLDER] [BUDGET_KIO]     (default: target/site, 40)
set -euo pipefail
site="${1:-target/site}"
budget_kib="${2:-40}"
budget=$((budget_kib * 1024))
[ -d "$site" ] || { echo "Dossier introuvable : $site (construisez d'abord le site : mvn -B package)" >&2; exit 2; }

gz() { gzip -9 -c "$1" | wc -c; }

declare -A asset_size
worst=0; worst_page=""; over=0; total=0; count=0
while IFS= read -r -d '' page; do
  bytes=$(gz "$page")
  # style sheets and scripts loaded by the page (href/src starting with /)
  for ref in $(grep -oE '<(link rel="stylesheet" href|script src)="/[^"]+"' "$page" | sed -E 's/.*="\/([^"]+)"/\1/' | sort -u); do
    file="$site/$ref"
    if [ -z "${asset_size[$file]:-}" ]; then
      asset_size[$file]=$( [ -f "$file" ] && gz "$file" || echo 0 )
    fi
    bytes=$((bytes + asset_size[$file]))
  done
  rel="${page#"$site"/}"
  printf '%7.1f Kio  %s\n' "$(echo "$bytes / 1024" | bc -l)" "$rel"
  total=$((total + bytes)); count=$((count + 1))
  if [ "$bytes" -gt "$worst" ]; then worst=$bytes; worst_page=$rel; fi
  if [ "$bytes" -gt "$budget" ]; then over=$((over + 1)); fi
done < <(find "$site/" -name '*.html' -print0 | sort -z)

echo "----"
printf 'pages : %d ; la plus lourde : %s, %.1f Kio ; moyenne %.1f Kio ; budget %d Kio\n' \
  "$count" "$worst_page" "$(echo "$worst / 1024" | bc -l)" "$(echo "$total / $count / 1024" | bc -l)" "$budget_kib"
for f in "$site/assets/js/search.js" "$site/recherche/index.json"; do
  [ -f "$f" ] && printf 'chargé à la première recherche : %s, %.1f Kio (%.1f Kio non compressé)\n' \
    "${f#"$site"/}" "$(echo "$(gz "$f") / 1024" | bc -l)" "$(echo "$(wc -c < "$f") / 1024" | bc -l)"
done
if [ "$over" -gt 0 ]; then
  echo "ÉCHEC : $over page(s) au-dessus de $budget_kib Kio" >&2
  exit 1
fi
echo "OK : toutes les pages sous $budget_kib Kio"
