#!/usr/bin/env bash
# Builds the sample twice, under different time zones, locales and output
# folders, and checks both builds are byte-identical to the committed Site/.
set -euo pipefail
lightboard=$(realpath "$1")
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

TZ=Asia/Shanghai LANG=zh_CN.UTF-8 LC_ALL=C.UTF-8 "$lightboard" build --content Content --templates Templates --output "$work/first" >/dev/null
(cd "$work" && TZ=America/Los_Angeles LANG=en_US.UTF-8 "$lightboard" build --content "$OLDPWD/Content" --templates "$OLDPWD/Templates" --output second >/dev/null)

if ! diff -r "$work/first" "$work/second" >"$work/diff.txt"; then
    echo "error: two builds of the sample differ (TZ/LANG/folder dependence):" >&2
    head -40 "$work/diff.txt" >&2
    exit 1
fi
if ! diff -r "$work/first" Site >"$work/diff.txt"; then
    echo "error: the committed Site/ is not what the sources build; run 'make site' and commit Site/:" >&2
    head -40 "$work/diff.txt" >&2
    exit 1
fi
echo "reproducible: $(find Site -type f | wc -l) files, two builds byte-identical and equal to the committed Site/"
