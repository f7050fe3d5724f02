#!/usr/bin/env bash
# Measures the site's search against Pagefind on the query set of Tests/search/queries.json:
# recall of both and the bytes of both indexes (docs/search.md). Pagefind is not part of the build.
#   bench/search-recall.sh [SITE]      (default Site/, the committed sample)
# PAGEFIND_VERSION=1.4.0 measures another release instead of the pinned one.
set -euo pipefail
cd "$(dirname "$0")/.."
site=${1:-Site}
requirements=$(mktemp)
trap 'rm -f "$requirements"' EXIT
if [[ -n ${PAGEFIND_VERSION:-} ]]; then
  echo "pagefind[extended]==$PAGEFIND_VERSION" > "$requirements"
else
  cp bench/pagefind-requirements.txt "$requirements"
fi
venv=.build/pagefind-venv-$(grep -o '==.*' "$requirements" | tr -d '=')
work=.build/pagefind-site

if [[ ! -x $venv/bin/python ]]; then
  python3 -m venv $venv
  $venv/bin/pip install --quiet -r "$requirements"
fi
rm -rf $work
cp -R "$site" $work
# Pagefind indexes the pages; Lightboard's own search page holds no content to find.
rm -rf $work/*/search
$venv/bin/python -m pagefind --site $work --silent
echo "Pagefind $($venv/bin/python -m pagefind --version | awk '{print $2}') on $site"

node bench/pagefind-recall.mjs $work "$site" 2>&1 > .build/search-recall.tsv
tail -2 .build/search-recall.tsv
echo "(each query: .build/search-recall.tsv)"

bytes() { cat "$@" | wc -c | tr -d ' '; }
gzipped() { local total=0; for file in "$@"; do total=$((total + $(gzip -9c "$file" | wc -c))); done; echo $total; }
pagefind_files=$(find $work/pagefind -type f ! -name '*-ui.*' ! -name 'pagefind-component-ui.*' ! -name 'pagefind-modular-ui.*' ! -name 'pagefind-highlight.js')
own_files=$(ls "$site"/*/search/documents.js "$site"/assets/search.js)
echo "index size, every file a search can load (UI files left out):"
echo "  Pagefind:   $(bytes $pagefind_files) bytes in $(echo "$pagefind_files" | wc -l) files, $(gzipped $pagefind_files) gzipped"
echo "  Lightboard: $(bytes $own_files) bytes in $(echo "$own_files" | wc -l) files, $(gzipped $own_files) gzipped"
