#!/usr/bin/env bash
# Pages of a built site printed to PDF by headless Chromium, as a reader's browser
# would print them (the print style sheet, with table-sort.js run first), and each
# page of the PDF as a PNG for people to look at:
#   print-pdf.sh SITE_DIR OUT_DIR [PAGE ...]    (PAGE: 'DIR/' means DIR/index.html)
# Writes OUT_DIR/<page>.pdf and OUT_DIR/<page>-N.png (pdftoppm, 60 dpi), and prints
# the number of pages of each PDF. Served over a local http.server on 127.0.0.1.
set -euo pipefail
[ $# -ge 2 ] || { echo "usage: $0 SITE_DIR OUT_DIR [PAGE ...]" >&2; exit 2; }
site=$(cd "$1" && pwd)
out=$2
shift 2
pages=("$@")
[ ${#pages[@]} -gt 0 ] || pages=(en/2024-q3/ en/2024-q3/league/ zh/2024-q3/red/ zh/departments/)
chromium=${QUALITY_CHROMIUM:-/usr/bin/chromium}
command -v pdftoppm >/dev/null || { echo "error: pdftoppm is missing (apt-get install poppler-utils)" >&2; exit 2; }
mkdir -p "$out"
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
mkfifo "$work/stdin"
python3 "$here/_serve.py" "$site" --timeout 1800 <"$work/stdin" >"$work/port" &
server=$!
exec 3>"$work/stdin"
trap 'exec 3>&-; kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 50); do [ -s "$work/port" ] && break; sleep 0.1; done
port=$(head -1 "$work/port")
[ -n "$port" ] || { echo "error: the local server did not start" >&2; exit 1; }
for page in "${pages[@]}"; do
    name=$(printf '%s' "${page%/}" | tr '/' '_')
    pdf="$out/${name:-index}.pdf"
    timeout 60 "$chromium" --headless --no-sandbox --disable-gpu --no-first-run --user-data-dir="$work/profile" \
        --virtual-time-budget=3000 --no-pdf-header-footer --print-to-pdf="$pdf" "http://127.0.0.1:$port/$page" >"$work/log" 2>&1 \
        || { echo "error: chromium failed on $page" >&2; tail -5 "$work/log" >&2; exit 1; }
    pdftoppm -r 60 -png "$pdf" "$out/${name:-index}"
    echo "$page: $(pdfinfo "$pdf" 2>/dev/null | awk '/^Pages:/ {print $2}') pages, $pdf"
done
