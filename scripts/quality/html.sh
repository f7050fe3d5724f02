#!/usr/bin/env bash
# Nu HTML Checker over every *.html file under SITE_DIR (never the .xml feeds).
# Prints every error and warning, then `html: N pages validated, E errors`;
# exits non-zero on any error (warnings are allowed). Usage: html.sh SITE_DIR [-v]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
venv="${QUALITY_VENV:-$(cd "$here/../.." && pwd)/.build/quality-venv}"
[ -x "$venv/bin/python" ] || { echo "error: $venv is missing; run scripts/quality/install.sh" >&2; exit 2; }
exec "$venv/bin/python" "$here/html_check.py" "$@"
