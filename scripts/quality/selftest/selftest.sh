#!/usr/bin/env bash
# Tests the quality checks themselves on two small hand-written sites:
#   good/  valid, accessible, keyboard-friendly pages (Chinese and English, a
#          Chinese path and anchor, srcset, root-relative links, a sitemap, an
#          Atom feed): every check must pass;
#   bad/   one planted fault per page (stray end tag, img without alt, low
#          contrast, broken links/anchors/assets/sitemap entry, keyboard
#          faults): every check must fail and name each fault.
# Needs scripts/quality/install.sh first. Ends with `selftest: N passed, N failed`.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
q=$(cd "$here/.." && pwd)
venv="${QUALITY_VENV:-$(cd "$q/../.." && pwd)/.build/quality-venv}"
py="$venv/bin/python"
good="$here/good" bad="$here/bad" base=https://selftest.example/
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0 failed=0

ok()   { passed=$((passed + 1)); echo "  ok   $1"; }
fail() { failed=$((failed + 1)); echo "  FAIL $1"; }
# run NAME EXPECTED_STATUS(0|nonzero) COMMAND...: runs a check, keeps its output in $work/NAME
run() {
    local name=$1 want=$2; shift 2
    local t0=$SECONDS
    "$@" >"$work/$name" 2>&1; local rc=$?
    echo "$name: exit $rc in $((SECONDS - t0))s: $(tail -1 "$work/$name")"
    if { [ "$want" = 0 ] && [ $rc -eq 0 ]; } || { [ "$want" = nonzero ] && [ $rc -ne 0 ] && [ $rc -ne 2 ]; }; then
        ok "$name exits ${want}"
    else
        fail "$name exits ${want} (got $rc)"; sed 's/^/      | /' "$work/$name" | tail -30
    fi
}
# expect NAME TEXT...: each fixed TEXT occurs in the output of NAME
expect() {
    local name=$1; shift
    for text in "$@"; do
        if grep -qF -- "$text" "$work/$name"; then ok "$name reports: $text"; else fail "$name reports: $text"; fi
    done
}

echo "== html"
run html-good 0 "$q/html.sh" "$good"
expect html-good "html: 6 pages validated, 0 errors"          # the .xml files were not fed to the checker
run html-bad nonzero "$q/html.sh" "$bad"
expect html-bad "stray-end-tag.html:13:" "Stray end tag “div”" "img-no-alt.html:13:" "must have an “alt” attribute" \
    "html: 5 pages validated, 2 errors"

echo "== links"
run links-good 0 "$py" "$q/links.py" "$good" --base-url "$base"
expect links-good "in 6 pages, 0 broken" "and 2 XML files"
run links-bad nonzero "$py" "$q/links.py" "$bad" --base-url "$base"
expect links-bad "broken 'no-such-page.html': no such file" "broken '#no-such-anchor': no id=\"no-such-anchor\"" \
    "broken 'index.html#no-such-id': no id=\"no-such-id\" in index.html" "broken 'keyboard': folder link without its trailing slash" \
    "climbs above the site root" "broken 'javascript:alert(1)'" "broken 'assets/missing.png'" "broken 'assets/missing@2x.png'" \
    "broken 'assets/missing.css'" "sitemap.xml:4: broken 'https://selftest.example/BROKEN-SITEMAP-ENTRY/'" \
    "in 5 pages, 10 broken"
# A fragment or file missing only in the good site's sitemap/feed is caught too.
cp -r "$good" "$work/good-feed" && sed -i 's|/en/about/#contact|/en/about/#nowhere|' "$work/good-feed/feed.xml"
run links-feed nonzero "$py" "$q/links.py" "$work/good-feed" --base-url "$base"
expect links-feed "feed.xml" "no id=\"nowhere\" in en/about/index.html" "1 broken"

echo "== axe + keyboard"
run axe-good 0 "$py" "$q/axe.py" "$good" index.html zh/ en/ en/about/ zh/中文/ 404.html
expect axe-good "axe: 6 pages, 0 violations (axe-core 4.12.1" "keyboard: 6 pages," "13/13 controls reached, skip link -> #main"
run axe-bad nonzero "$py" "$q/axe.py" "$bad" index.html stray-end-tag.html img-no-alt.html broken-links.html keyboard/ no-such-page/
expect axe-bad "violation image-alt [critical]" "violation color-contrast [serious]" \
    "the first focus stop is not a skip link" "never reached with TAB: a[href=\"../img-no-alt.html\"]" \
    "no visible focus indicator (outline none" "button \"A button without a focus ring\"" \
    "focused but not visible on screen" "no-such-page/: page missing" "axe: 5 pages, 2 violations"

echo "== screenshots"
run screenshots 0 "$q/screenshots.sh" "$good" "$work/shots" zh/ en/
if [ "$(find "$work/shots" -name '*.png' -size +2k | wc -l)" -eq 4 ]; then ok "4 screenshots written"; else fail "4 screenshots written"; fi

echo "selftest: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
