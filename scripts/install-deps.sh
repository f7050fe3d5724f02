#!/usr/bin/env bash
# Installs what Lightboard needs, if it is missing: the cmark-gfm C library
# (Debian: libcmark-gfm-dev + libcmark-gfm-extensions-dev), libcurl's development
# files for the static release build (libcurl4-openssl-dev) and any extra
# Debian packages a make target names as arguments (a browser, a font, ...).
set -euo pipefail

if ! command -v dpkg-query >/dev/null 2>&1; then
    if ! pkg-config --exists libcmark-gfm 2>/dev/null; then
        echo "error: the cmark-gfm C library is missing (pkg-config name libcmark-gfm)." >&2
        echo "hint: on macOS run: brew install cmark-gfm pkg-config" >&2
        exit 1
    fi
    [ $# -eq 0 ] || echo "note: install these yourself if a step needs them: $*" >&2
    exit 0
fi

missing=()
# libcurl4-openssl-dev: the static release build (`make site-release`) links FoundationNetworking, which FlyingFox imports.
for package in pkg-config libcmark-gfm-dev libcmark-gfm-extensions-dev libcurl4-openssl-dev "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
echo "Installing Debian packages: ${missing[*]}"
$sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
