#!/usr/bin/env bash
# Times this project against its peers on the same synthetic corpus, in one run, interleaved.
# Usage: bench/compare.sh [PAGES] [RUNS]      (defaults: 1000 pages, 6 runs)
#   peers: Hugo and MkDocs from Debian (apt-get install hugo mkdocs), Eleventy from npm (installed into a
#   temporary folder on first use: bench/out/eleventy). A peer that is not installed is reported and skipped.
# Each run of each tool is a whole process from an empty output folder; runs are interleaved (tool A, B, C, D,
# then again) so that the machine's drift hits every tool alike. Each tool must produce PAGES content pages
# (checked by counting its HTML files); a tool that did not is reported as failed, not timed.
# Prints best and median wall time, peak resident memory, ratios, and a Markdown table for the README.
# A script, never a test: timings on a shared 2-core machine vary by 20-30 % from one series to the next.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
PAGES=${1:-1000}
RUNS=${2:-6}
WORK="$ROOT/bench/out/compare-$PAGES"
TIME=/usr/bin/time
[ -x "$TIME" ] || { echo "GNU time is needed (apt-get install time)" >&2; exit 2; }
JAR="$ROOT/target/memento-stages.jar"
[ -f "$JAR" ] || { echo "Build the jar first: mvn -B package" >&2; exit 2; }
LAUNCHER="$ROOT/target/memento"
[ -x "$LAUNCHER" ] || LAUNCHER="$ROOT/bench/fast-java.sh"

# ---------- the corpus, once, in four layouts ----------
corpus="$WORK/memento"
if [ ! -d "$corpus/content" ]; then
  rm -rf "$WORK"; mkdir -p "$WORK"
  python3 bench/generate_site.py "$PAGES" "$corpus"
fi

hugo_site="$WORK/hugo"
if [ ! -d "$hugo_site/content" ]; then
  mkdir -p "$hugo_site/layouts/_default"
  cp -r "$corpus/content" "$hugo_site/content"
  # a Hugo folder with index.md is a leaf bundle: a section's list page is _index.md
  find "$hugo_site/content" -name index.md -execdir mv index.md _index.md \;
  cat > "$hugo_site/hugo.toml" <<'TOML'
baseURL = "http://127.0.0.1/"
languageCode = "fr"
title = "Banc d'essai"
disableKinds = ["taxonomy", "term", "RSS"]
[markup.goldmark.extensions]
  table = true
TOML
  cat > "$hugo_site/layouts/_default/baseof.html" <<'HTML'
<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><nav>{{ range .Site.Sections }}<a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ end }}</nav>
<main>{{ block "main" . }}{{ end }}</main></body></html>
HTML
  cat > "$hugo_site/layouts/_default/single.html" <<'HTML'
{{ define "main" }}<h1>{{ .Title }}</h1>{{ .TableOfContents }}{{ .Content }}{{ end }}
HTML
  cat > "$hugo_site/layouts/_default/list.html" <<'HTML'
{{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
HTML
fi

mkdocs_site="$WORK/mkdocs"
if [ ! -d "$mkdocs_site/docs" ]; then
  mkdir -p "$mkdocs_site"
  cp -r "$corpus/content" "$mkdocs_site/docs"
  # a short nav, like the Hugo layout (sections only): MkDocs' automatic nav lists every page in every page
  printf 'site_name: Banc d essai\nuse_directory_urls: true\nnav:\n  - index.md\nmarkdown_extensions:\n  - tables\n  - toc\n  - admonition\n' \
    > "$mkdocs_site/mkdocs.yml"
fi

eleventy_site="$WORK/eleventy"
if [ ! -d "$eleventy_site/src" ]; then
  mkdir -p "$eleventy_site"
  cp -r "$corpus/content" "$eleventy_site/src"
  # the same kind of layouts as the Hugo site: a page with its title, a section listing its pages
  mkdir -p "$eleventy_site/src/_includes"
  echo '{"layout": "page.njk"}' > "$eleventy_site/src/src.11tydata.json"
  cat > "$eleventy_site/src/_includes/page.njk" <<'NJK'
<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{{ title }}</title></head>
<body><main><h1>{{ title }}</h1>{{ content | safe }}</main></body></html>
NJK
  cat > "$eleventy_site/src/_includes/section.njk" <<'NJK'
<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{{ title }}</title></head>
<body><main><h1>{{ title }}</h1>{{ content | safe }}</main></body></html>
NJK
fi
ELEVENTY_HOME="$ROOT/bench/out/eleventy"
ELEVENTY_VERSION=3.1.8
if [ ! -x "$ELEVENTY_HOME/node_modules/.bin/eleventy" ] && command -v npm >/dev/null; then
  mkdir -p "$ELEVENTY_HOME"
  (cd "$ELEVENTY_HOME" && npm init -y >/dev/null && npm install --no-audit --no-fund --silent "@11ty/eleventy@$ELEVENTY_VERSION" >/dev/null)
fi

# ---------- the tools ----------
tools=()
cmd_memento_launcher() { "$LAUNCHER" build --source "$corpus" --output "$corpus/out"; }
cmd_memento_jar() { java -jar "$JAR" build --source "$corpus" --output "$corpus/out"; }
cmd_hugo() { hugo --quiet --source "$hugo_site" --destination "$hugo_site/public"; }
cmd_eleventy() { (cd "$eleventy_site" && "$ELEVENTY_HOME/node_modules/.bin/eleventy" --quiet --input=src --output=_site); }
cmd_mkdocs() { mkdocs build --quiet --config-file "$mkdocs_site/mkdocs.yml" --site-dir "$mkdocs_site/site"; }
out_memento_launcher="$corpus/out"; out_memento_jar="$corpus/out"
out_hugo="$hugo_site/public"; out_eleventy="$eleventy_site/_site"; out_mkdocs="$mkdocs_site/site"
label_memento_launcher="memento (lanceur)"; label_memento_jar="memento (java -jar)"
label_hugo="Hugo $(hugo version 2>/dev/null | grep -o 'v[0-9.]*' | head -1)"
label_eleventy="Eleventy $ELEVENTY_VERSION"
label_mkdocs="MkDocs $(mkdocs --version 2>/dev/null | grep -o 'version [0-9.]*' | cut -d' ' -f2)"

tools+=(memento_launcher memento_jar)
command -v hugo >/dev/null && tools+=(hugo) || echo "Hugo absent (apt-get install hugo): ignoré"
[ -x "$ELEVENTY_HOME/node_modules/.bin/eleventy" ] && tools+=(eleventy) || echo "Eleventy absent (npm): ignoré"
command -v mkdocs >/dev/null && tools+=(mkdocs) || echo "MkDocs absent (apt-get install mkdocs): ignoré"

pages_made() { # content pages written by a tool: page-N/index.html or page-N.html
  find "$1/" -name 'index.html' -path '*page-*' 2>/dev/null | wc -l
}

declare -A times mem failed
for run in $(seq 1 "$RUNS"); do
  for tool in "${tools[@]}"; do
    out_var="out_$tool"; out="${!out_var}"
    rm -rf "$out"
    start=$(date +%s.%N)
    if ! "$TIME" -f "%M" -o "$WORK/rss.txt" bash -c "$(declare -f "cmd_$tool"); $(declare -p corpus hugo_site eleventy_site mkdocs_site LAUNCHER JAR ELEVENTY_HOME); cmd_$tool" \
        > "$WORK/$tool.log" 2>&1; then
      failed[$tool]="exit non nul (voir $WORK/$tool.log)"; continue
    fi
    end=$(date +%s.%N)
    made=$(pages_made "$out")
    if [ "$made" -lt "$PAGES" ]; then failed[$tool]="$made pages produites sur $PAGES"; continue; fi
    times[$tool]+="$(echo "$end - $start" | bc) "
    kb=$(tail -1 "$WORK/rss.txt")
    [ -z "${mem[$tool]:-}" ] || [ "$kb" -gt "${mem[$tool]}" ] && mem[$tool]=$kb
  done
  echo "série $run/$RUNS terminée" >&2
done

fr() { # French decimal comma, 2 decimals
  [ -n "$1" ] && printf "%.2f" "$1" | tr . , || true
}

stat() { # best|median of the list
  echo "$2" | tr ' ' '\n' | grep -v '^$' | sort -g | awk -v what="$1" '{v[NR]=$1} END {
    if (what=="best") print v[1]; else if (NR%2) print v[(NR+1)/2]; else print (v[NR/2]+v[NR/2+1])/2 }'
}

echo
echo "Corpus : $PAGES pages (bench/generate_site.py), $RUNS essais alternés par outil, $(nproc) cœurs, $(date +%F)"
hugo_best=""; eleventy_best=""
[ -n "${times[hugo]:-}" ] && hugo_best=$(stat best "${times[hugo]}")
[ -n "${times[eleventy]:-}" ] && eleventy_best=$(stat best "${times[eleventy]}")
echo
echo "| outil | pages | meilleur | médiane | mémoire max | × Hugo | × Eleventy |"
echo "| --- | --- | --- | --- | --- | --- | --- |"
for tool in "${tools[@]}"; do
  label_var="label_$tool"
  if [ -n "${failed[$tool]:-}" ]; then
    echo "| ${!label_var} | $PAGES | échec : ${failed[$tool]} | | | | |"; continue
  fi
  best=$(stat best "${times[$tool]}"); median=$(stat median "${times[$tool]}")
  rh=""; re=""
  [ -n "$hugo_best" ] && rh=$(echo "scale=2; $best / $hugo_best" | bc)
  [ -n "$eleventy_best" ] && re=$(echo "scale=2; $best / $eleventy_best" | bc)
  printf "| %s | %s | %s s | %s s | %d Mio | %s | %s |\n" "${!label_var}" "$PAGES" "$(fr "$best")" "$(fr "$median")" \
    "$(( ${mem[$tool]} / 1024 ))" "$(fr "$rh")" "$(fr "$re")"
done
