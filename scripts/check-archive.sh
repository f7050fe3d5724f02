#!/usr/bin/env bash
# The archive tools judged by the outside tools of the field (docs/archiving.md), on a
# fresh build of the sample:
#   - lightboard verify and `sha256sum --check` accept the site's manifest.sha256;
#   - every period's bag from `lightboard export --bagit` passes bagit-python's --validate;
#   - `frictionless validate` finds 0 errors in data/datapackage.json (foreign keys included);
#   - scripts/recompute-open-data.py recomputes summary.json and departments.json from posts.csv;
#   - scripts/check-xlsx.py reads every .xlsx back with openpyxl: the CSV beside it, typed.
# Usage: check-archive.sh LIGHTBOARD PYTHON_VENV [CONTENT] [TEMPLATES]
set -euo pipefail
lightboard=$1
venv=$2
content=${3:-Content}
templates=${4:-Templates}
work=.build/archive-check
rm -rf "$work"
mkdir -p "$work/bags"

"$lightboard" build --content "$content" --templates "$templates" --output "$work/site" >/dev/null
"$lightboard" verify "$work/site"
files=$(wc -l < "$work/site/manifest.sha256")
(cd "$work/site" && sha256sum --check --quiet --strict manifest.sha256)

bags=0
for folder in "$content"/quarters/*/ "$content"/months/*/; do
    [ -d "$folder" ] || continue
    period=$(basename "$folder")
    "$lightboard" export --bagit "$period" "$work/bags/$period" --content "$content" --templates "$templates" >/dev/null
    "$venv/bin/bagit.py" --quiet --validate "$work/bags/$period"
    bags=$((bags + 1))
done

"$venv/bin/frictionless" validate "$work/site/data/datapackage.json" >"$work/frictionless.txt" || {
    cat "$work/frictionless.txt"; echo "archive: frictionless validate found errors in data/datapackage.json" >&2; exit 1; }
recompute=$("$venv/bin/python" scripts/recompute-open-data.py "$work/site" "$content")
xlsx=$("$venv/bin/python" scripts/check-xlsx.py "$work/site")
resources=$(grep -c '│ VALID' "$work/frictionless.txt" || true)
bagit_version=$("$venv/bin/bagit.py" --version 2>&1 | awk '{print $NF}')
frictionless_version=$("$venv/bin/frictionless" --version 2>&1 | tail -1)
echo "archive: ok: manifest of $files files verified (lightboard verify, sha256sum), $bags bags valid (bagit-python $bagit_version), datapackage.json $resources resources valid, 0 errors (frictionless $frictionless_version)"
echo "archive: $recompute"
echo "archive: $xlsx"
