#!/usr/bin/env bash
# Screenshots of pages of a built site, for people to look at: headless
# Chromium at 390 px (a phone) and 1280 px (a laptop) wide, Chinese and English.
#   screenshots.sh SITE_DIR OUT_DIR [PAGE ...]    (PAGE: 'DIR/' means DIR/index.html)
# Writes OUT_DIR/<page>-<width>.png. The window is tall (SCREENSHOT_HEIGHT_390,
# SCREENSHOT_HEIGHT_1280) to show most of a page; a missing page is skipped with
# a warning. The site is served over a local http.server on 127.0.0.1.
# PAGE#FRAGMENT shows a display mode (en/#large-text, zh/2024-q3/#high-contrast),
# PAGE?QUERY a search (zh/search/?q=%E6%B5%B7%E6%9B%99, named after the query);
# SCREENSHOT_CHROMIUM_ARGS adds Chromium options (--force-dark-mode for the dark
# scheme) and SCREENSHOT_SUFFIX goes into the file names (-dark).
set -euo pipefail
[ $# -ge 2 ] || { echo "usage: $0 SITE_DIR OUT_DIR [PAGE ...]" >&2; exit 2; }
site_arg=$1
site=$(cd "$1" && pwd)
out=$2
shift 2
pages=("$@")
if [ ${#pages[@]} -eq 0 ]; then
    pages=(index.html zh/ en/ zh/archive/ en/archive/ zh/2024-q3/ en/2024-q3/ zh/2024-q3/league/ en/2024-q3/league/
           zh/2024-q3/red/ en/2024-q3/red/ zh/2024-q3/complex/issue-01/ en/2024-q3/complex/issue-01/
           zh/departments/psb/ en/departments/psb/ zh/e-reading/2024-07/ en/e-reading/2024-07/ 404.html)
fi
chromium=${QUALITY_CHROMIUM:-/usr/bin/chromium}
command -v "$chromium" >/dev/null || { echo "error: $chromium is missing; run scripts/quality/install.sh" >&2; exit 2; }
mkdir -p "$out"
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)

# A local server; its standard input is a pipe whose closing (at exit) stops it.
mkfifo "$work/stdin"
python3 "$here/_serve.py" "$site" --timeout 1800 <"$work/stdin" >"$work/port" &
server=$!
exec 3>"$work/stdin"
trap 'exec 3>&-; kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 50); do [ -s "$work/port" ] && break; sleep 0.1; done
port=$(head -1 "$work/port")
[ -n "$port" ] || { echo "error: the local server did not start" >&2; exit 1; }

started=$SECONDS
taken=0 skipped=0
for page in "${pages[@]}"; do
    # A fragment (`en/#high-contrast`) picks a display mode; the file is the page's.
    fragment=""
    case $page in *"#"*) fragment=${page#*#}; page=${page%%#*} ;; esac
    query=""
    case $page in *"?"*) query=${page#*\?}; page=${page%%\?*} ;; esac
    file=$page
    case $page in */|"") file="${page}index.html" ;; esac
    if [ ! -f "$site/$file" ]; then
        echo "warning: $page: no $file in $site_arg, skipped" >&2
        skipped=$((skipped + 1))
        continue
    fi
    name=$(printf '%s' "${page%/}" | tr '/' '_')
    name=${name%.html}${query:+-$(printf '%s' "$query" | tr -c 'A-Za-z0-9\n' '_')}${fragment:+-$fragment}${SCREENSHOT_SUFFIX:-}
    for size in 390x${SCREENSHOT_HEIGHT_390:-1800} 1280x${SCREENSHOT_HEIGHT_1280:-1200}; do
        w=${size%x*} h=${size#*x}
        png="$out/${name:-index}-$w.png"
        if ! timeout 60 "$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars \
                --no-first-run --user-data-dir="$work/profile" --force-color-profile=srgb \
                --virtual-time-budget=3000 --window-size="$w,$h" --screenshot="$png" \
                ${SCREENSHOT_CHROMIUM_ARGS:-} "http://127.0.0.1:$port/$page${query:+?$query}${fragment:+#$fragment}" >"$work/log" 2>&1 || [ ! -s "$png" ]; then
            echo "error: chromium failed on $page at $w px:" >&2
            tail -5 "$work/log" >&2
            exit 1
        fi
        taken=$((taken + 1))
    done
done
echo "screenshots: $taken written to $out ($skipped pages missing; $((SECONDS - started))s)"
