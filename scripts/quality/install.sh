#!/usr/bin/env bash
# Installs what the quality checks need, idempotently (a second run changes
# nothing and reaches no network):
#   Debian: chromium, chromium-driver, fonts-wqy-microhei (CJK glyphs),
#           default-jre-headless (Java for the Nu HTML Checker), poppler-utils (print-pdf.sh)
#   PyPI, in the virtualenv .build/quality-venv: requirements.txt beside this
#           file, plus axe-playwright-python (--no-deps) only for the
#           axe-core build it carries as axe.min.js.
# Then it checks the versions the checks rely on and prints them.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
venv="${QUALITY_VENV:-$root/.build/quality-venv}"
python="${QUALITY_PYTHON:-python3}"
AXE_PACKAGE="axe-playwright-python==0.1.8"
AXE_VERSION="4.12.1"   # the axe-core inside that wheel, checked below

sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"

# --- Debian packages --------------------------------------------------------
debs=(chromium chromium-driver fonts-wqy-microhei default-jre-headless poppler-utils)
if command -v dpkg-query >/dev/null 2>&1; then
    # Debian's python3 cannot make a virtualenv without python3-venv.
    if ! "$python" -c 'import ensurepip, venv' >/dev/null 2>&1; then
        debs+=(python3-venv)
    fi
    missing=()
    for p in "${debs[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "quality/install: installing Debian packages: ${missing[*]}"
        $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
        $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    fi
else
    for c in chromium chromedriver java; do
        command -v "$c" >/dev/null || { echo "error: '$c' is missing; install Chromium, ChromeDriver and Java 11+ yourself" >&2; exit 1; }
    done
fi

# --- Python virtualenv --------------------------------------------------------
stamp="$venv/.quality-stamp"
want=$( (cat "$here/requirements.txt"; echo "$AXE_PACKAGE"; "$python" -c 'import sys; print(sys.version)') | sha256sum | cut -d' ' -f1)
if [ ! -x "$venv/bin/python" ] || [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    echo "quality/install: setting up $venv"
    rm -rf "$venv"
    "$python" -m venv "$venv"
    "$venv/bin/pip" install -q --disable-pip-version-check -r "$here/requirements.txt"
    # Only for its axe.min.js: its own dependency (Playwright) is not wanted.
    "$venv/bin/pip" install -q --disable-pip-version-check --no-deps "$AXE_PACKAGE"
    echo "$want" > "$stamp"
fi

# --- Check what the checks rely on ----------------------------------------------
fail=0
axe_js=$("$venv/bin/python" "$here/_env.py" axe-js)
axe_found=$(head -c 200 "$axe_js" | sed -n 's/.*axe v\([0-9][0-9.]*\).*/\1/p' | head -1)
if [ "$axe_found" != "$AXE_VERSION" ]; then
    echo "error: $axe_js is axe-core '$axe_found', expected $AXE_VERSION" >&2; fail=1
fi
vnu_jar=$("$venv/bin/python" "$here/_env.py" vnu-jar)
vnu_version=$(unzip -p "$vnu_jar" META-INF/MANIFEST.MF 2>/dev/null | sed -n 's/^Implementation-Version: *//p' | tr -d '\r' || true)
[ -n "$vnu_version" ] || vnu_version=$(java -jar "$vnu_jar" --version 2>/dev/null | tr -d '\r')
java_major=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -1)
if [ -z "$java_major" ] || [ "${java_major%%.*}" -lt 11 ] 2>/dev/null; then
    echo "error: the Nu HTML Checker $vnu_version needs Java 11 or later, found '${java_major:-none}'" >&2; fail=1
fi
chromium_version=$(chromium --version 2>/dev/null | sed -n 's/^Chromium \([0-9.]*\).*/\1/p')
driver_version=$(chromedriver --version 2>/dev/null | sed -n 's/^ChromeDriver \([0-9.]*\).*/\1/p')
if [ -z "$chromium_version" ] || [ "${chromium_version%%.*}" != "${driver_version%%.*}" ]; then
    echo "error: chromium '$chromium_version' and chromedriver '$driver_version' differ in major version" >&2; fail=1
fi
if command -v fc-list >/dev/null && [ -z "$(fc-list :lang=zh family)" ]; then
    echo "error: no CJK font (fc-list :lang=zh is empty): Chinese renders as boxes" >&2; fail=1
fi
selenium_version=$("$venv/bin/python" -c 'import selenium; print(selenium.__version__)')
echo "quality/install: ok: Java $java_major, Nu HTML Checker $vnu_version, Chromium $chromium_version, ChromeDriver $driver_version, Selenium $selenium_version, axe-core $axe_found"
exit $fail
