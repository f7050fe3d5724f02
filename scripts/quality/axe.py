#!/usr/bin/env python3
"""Accessibility check: axe-core (WCAG 2.0/2.1 A and AA rules) and a keyboard
walk, in Debian's headless Chromium driven by Selenium.

    axe.py SITE_DIR [PAGE ...]      (PAGE: a path under SITE_DIR; 'DIR/' means DIR/index.html)

SITE_DIR is served over http://127.0.0.1:<free port> by a thread of this
process (stopped at the end). For each page: axe.min.js (axe-core 4.x, from
the axe-playwright-python wheel) is injected with execute_script and run with
axe.run; then the page is reloaded and TAB is pressed (bounded) while a
focusin listener records every focus stop. The keyboard check fails when the
first stop is not a skip link to the main landmark (whose target exists),
when a visible link/button/form control never gets focus, or when a focused
element shows no focus indicator (computed outline none/0 and no box-shadow,
or it stays off-screen/1px while focused).

Prints every violation and problem, then `keyboard: ...` and
`axe: P pages, V violations`; exits 1 on any violation, keyboard problem or
missing page.
"""
import argparse
import functools
import http.server
import os
import sys
import threading
import time

os.environ["SE_OFFLINE"] = "true"  # never let Selenium Manager download a browser or driver

from selenium import webdriver  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.action_chains import ActionChains  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _env  # noqa: E402

CHROMIUM = os.environ.get("QUALITY_CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("QUALITY_CHROMEDRIVER", "/usr/bin/chromedriver")
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
MAX_TABS = 1500  # bound on TAB presses per page

# One page of every type, in both languages (the site's URL scheme, docs/urls.md); searches with their
# results; the latest page, checked as the report it sends the reader to.
DEFAULT_PAGES = """index.html zh/ en/ zh/archive/ en/archive/ zh/2024-q3/ en/2024-q3/ zh/2024-q3/league/
en/2024-q3/league/ zh/2024-q3/green/ en/2024-q3/green/ zh/2024-q3/red/ en/2024-q3/red/ zh/2024-q3/complex/
en/2024-q3/complex/ zh/2024-q3/complex/issue-01/ en/2024-q3/complex/issue-01/ zh/2024-q3/rankings/mailbox-replies/
en/2024-q3/rankings/mailbox-replies/ zh/2024-q3/adjustments/ en/2024-q3/adjustments/ zh/departments/ en/departments/
zh/departments/psb/ en/departments/psb/ zh/e-reading/ en/e-reading/ zh/e-reading/2024-07/ en/e-reading/2024-07/
zh/methodology/ en/methodology/ zh/pages/about/ en/pages/about/ 404.html
zh/search/?q=%E6%B5%B7%E6%9B%99 en/search/?q=haishu en/latest/""".split()

AXE_RUN = """
var done = arguments[arguments.length - 1];
axe.run(document, arguments[0]).then(function (r) {
  done({
    version: axe.version,
    violations: r.violations.map(function (v) {
      return {id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
              nodes: v.nodes.map(function (n) { return {target: n.target, summary: n.failureSummary || ''}; })};
    }),
    passes: r.passes.length,
    incomplete: r.incomplete.map(function (v) { return v.id + ' (' + v.nodes.length + ')'; })
  });
}, function (e) { done({error: String(e && e.stack || e)}); });
"""

KEYBOARD_SETUP = r"""
function describe(el) {
  var s = el.tagName.toLowerCase();
  if (el.id) s += '#' + el.id;
  if (el.getAttribute('href') !== null) s += '[href="' + el.getAttribute('href') + '"]';
  var text = (el.innerText || el.value || el.getAttribute('aria-label') || '').trim().replace(/\s+/g, ' ');
  if (text) s += ' "' + text.slice(0, 40) + '"';
  return s;
}
var controls = 'a[href], area[href], button, input:not([type=hidden]), select, textarea, details > summary:first-of-type, iframe, [contenteditable=""], [contenteditable=true]';
var expected = [];
document.querySelectorAll(controls + ', [tabindex]').forEach(function (el) {
  if (!el.matches(controls) && el.tabIndex < 0) return;   // e.g. <main tabindex=-1>: a focus target, not a stop
  if (el.matches(':disabled') || el.closest('[inert]')) return;
  var shown = el.checkVisibility ? el.checkVisibility({visibilityProperty: true}) : el.getClientRects().length > 0;
  if (shown && el.tagName !== 'AREA') expected.push(el);
  else if (el.tagName === 'AREA') expected.push(el);
});
var main = document.querySelector('main, [role=main]');
window.__kbd = {log: []};
document.addEventListener('focusin', function (ev) {
  var el = ev.target, cs = getComputedStyle(el), r = el.getBoundingClientRect();
  var entry = {idx: expected.indexOf(el), desc: describe(el), outlineStyle: cs.outlineStyle,
               outlineWidth: cs.outlineWidth, boxShadow: cs.boxShadow,
               left: r.left + scrollX, top: r.top + scrollY, right: r.right + scrollX, bottom: r.bottom + scrollY,
               width: r.width, height: r.height, skip: null};
  var href = el.tagName === 'A' ? el.getAttribute('href') : null;
  if (href && href.charAt(0) === '#' && href.length > 1) {
    var id = decodeURIComponent(href.slice(1)), target = document.getElementById(id);
    entry.skip = {id: id, exists: !!target,
                  isMain: !!target && (target === main || target.tagName === 'MAIN' || target.getAttribute('role') === 'main' || id === 'main')};
  }
  window.__kbd.log.push(entry);
}, true);
if (document.activeElement && document.activeElement !== document.body) document.activeElement.blur();
return {expected: expected.map(describe), main: main ? (main.id || '') : null};
"""


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    missing = None  # set per server: a list collecting 404 paths

    def log_message(self, *args):
        pass

    def send_error(self, code, *args, **kwargs):
        if code == 404 and self.missing is not None and self.path != "/favicon.ico":
            self.missing.append(self.path)
        super().send_error(code, *args, **kwargs)


class SiteServer:
    """Serves a folder on 127.0.0.1:<free port> from a daemon thread; stops on exit."""

    def __init__(self, folder):
        self.missing = []
        handler = type("Handler", (QuietHandler,), {"missing": self.missing})
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=folder))
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/"

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(5)


def start_browser(width, height):
    for path in (CHROMIUM, CHROMEDRIVER):
        if not os.access(path, os.X_OK):
            raise SystemExit(f"error: {path} is missing; run scripts/quality/install.sh")
    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--hide-scrollbars", f"--window-size={width},{height}", "--no-first-run",
                "--disable-extensions", "--force-color-profile=srgb", "--lang=en-US"):
        opts.add_argument(arg)
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=opts)
    driver.set_page_load_timeout(60)
    driver.set_script_timeout(120)
    return driver


def run_axe(driver, axe_source):
    driver.execute_script(axe_source + "\n;return typeof axe;")
    return driver.execute_async_script(AXE_RUN, {"runOnly": {"type": "tag", "values": TAGS}})


def keyboard_walk(driver, url):
    """Returns (focus stops checked, list of problems, summary line)."""
    driver.get(url)
    info = driver.execute_script(KEYBOARD_SETUP)
    expected = info["expected"]
    presses = min(len(expected) + 15, MAX_TABS)
    problems = []
    ActionChains(driver).send_keys(Keys.TAB * presses).perform()
    log = driver.execute_script("return window.__kbd.log;")
    if len(expected) + 15 > MAX_TABS:
        problems.append(f"more than {MAX_TABS} focus stops: only the first {MAX_TABS} TAB presses were made")
    if not log:
        problems.append("TAB moved the focus nowhere")
        return 0, problems, "no focus stops"

    first = log[0]
    skip = first.get("skip")
    if not skip:
        problems.append(f"the first focus stop is not a skip link to the main content: {first['desc']}")
    elif not skip["exists"]:
        problems.append(f"the skip link's target #{skip['id']} does not exist")
    elif not skip["isMain"]:
        problems.append(f"the skip link points to #{skip['id']}, which is not the main landmark")
    if info["main"] is None:
        problems.append("the page has no <main> landmark")

    seen, stops = set(), []
    for entry in log:
        key = entry["idx"] if entry["idx"] >= 0 else entry["desc"]
        if key in seen:
            continue
        seen.add(key)
        stops.append(entry)
    reached = {e["idx"] for e in stops if e["idx"] >= 0}
    for i, desc in enumerate(expected):
        if i not in reached:
            problems.append(f"never reached with TAB: {desc}")
    for e in stops:
        ring = (e["outlineStyle"] != "none" and e["outlineWidth"] not in ("0px", "")) or e["boxShadow"] not in ("none", "")
        if not ring:
            problems.append(f"no visible focus indicator (outline {e['outlineStyle']} {e['outlineWidth']}, box-shadow {e['boxShadow']}): {e['desc']}")
        if e["width"] <= 1 or e["height"] <= 1 or e["right"] <= 0 or e["bottom"] <= 0:
            problems.append(f"focused but not visible on screen ({e['width']:.0f}x{e['height']:.0f} px at {e['left']:.0f},{e['top']:.0f}): {e['desc']}")
    extra = [e["desc"] for e in stops if e["idx"] < 0]
    summary = (f"{len(stops)} focus stops, {len(reached)}/{len(expected)} controls reached"
               + (f", skip link -> #{skip['id']}" if skip and skip["exists"] else "")
               + (f", also focusable: {'; '.join(extra[:5])}" if extra else ""))
    return len(stops), problems, summary


def page_path(site, page):
    rel = page.lstrip("/")
    # `en/#high-contrast`: the page's file, opened with a fragment (a display mode);
    # `zh/search/?q=…`: opened with a query (a search and its results).
    file_part = rel.split("#", 1)[0].split("?", 1)[0]
    file_rel = file_part + "index.html" if (file_part == "" or file_part.endswith("/")) else file_part
    return rel, os.path.join(site, file_rel)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("site", help="the built site, e.g. Site")
    ap.add_argument("pages", nargs="*", help="pages to check (default: one page of every type in zh and en)")
    ap.add_argument("--window-size", default="1280,900", help="browser window W,H (default 1280,900)")
    ap.add_argument("--no-keyboard", action="store_true", help="skip the keyboard walk")
    ap.add_argument("--emulate", action="append", default=[], metavar="FEATURE=VALUE",
                    help="emulate a media feature, e.g. prefers-color-scheme=dark or prefers-contrast=more (repeatable)")
    ap.add_argument("--stored-mode", metavar="MODE",
                    help="the display mode display-modes.js finds in localStorage (large-text, high-contrast, large-high-contrast)")
    args = ap.parse_args()
    if not os.path.isdir(args.site):
        print(f"error: {args.site} is not a folder", file=sys.stderr)
        return 2
    site = os.path.abspath(args.site)
    pages = args.pages or DEFAULT_PAGES
    with open(_env.axe_js(), encoding="utf-8") as f:
        axe_source = f.read()
    width, height = (int(x) for x in args.window_size.split(","))

    started = time.monotonic()
    missing_pages, checked, violations, kbd_problems, kbd_stops, axe_version = [], 0, 0, 0, 0, "?"
    driver = start_browser(width, height)
    try:
        if args.emulate:
            features = [dict(zip(("name", "value"), item.split("=", 1))) for item in args.emulate]
            driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": features})
        server = SiteServer(site)
        with server as base:
            if args.stored_mode:
                driver.get(base)
                driver.execute_script("window.localStorage.setItem('lightboard-display-mode', arguments[0]);", args.stored_mode)
            for page in pages:
                rel, path = page_path(site, page)
                if not os.path.isfile(path):
                    print(f"ERROR: {page}: page missing ({os.path.relpath(path, os.getcwd())} does not exist)")
                    missing_pages.append(page)
                    continue
                url = base + rel
                driver.get(url)
                result = run_axe(driver, axe_source)
                if "error" in result:
                    print(f"ERROR: {page}: axe.run failed: {result['error']}")
                    violations += 1
                    continue
                axe_version = result["version"]
                checked += 1
                nodes = sum(len(v["nodes"]) for v in result["violations"])
                violations += len(result["violations"])
                status = "ok" if not result["violations"] else f"{len(result['violations'])} violations ({nodes} nodes)"
                print(f"{page}: axe {status}, {result['passes']} rules passed"
                      + (f", needs review: {', '.join(result['incomplete'])}" if result["incomplete"] else ""))
                for v in result["violations"]:
                    print(f"  violation {v['id']} [{v['impact']}]: {v['help']} ({v['helpUrl']})")
                    for n in v["nodes"][:10]:
                        summary = " ".join(n["summary"].split())
                        print(f"    at {' '.join(map(str, n['target']))}: {summary[:300]}")
                    if len(v["nodes"]) > 10:
                        print(f"    ... and {len(v['nodes']) - 10} more nodes")
                if not args.no_keyboard:
                    stops, problems, summary = keyboard_walk(driver, url)
                    kbd_stops += stops
                    kbd_problems += len(problems)
                    print(f"{page}: keyboard {'ok' if not problems else f'{len(problems)} problems'}: {summary}")
                    for p in problems:
                        print(f"  keyboard: {p}")
        missing_resources = sorted(set(server.missing))
    finally:
        driver.quit()
    for res in missing_resources:
        print(f"warning: the browser requested a missing file: {res}")
    if missing_pages:
        print(f"ERROR: {len(missing_pages)} of {len(pages)} pages missing: {' '.join(missing_pages)}")
    if not args.no_keyboard:
        print(f"keyboard: {checked} pages, {kbd_stops} focus stops checked, {kbd_problems} problems")
    print(f"axe: {checked} pages, {violations} violations (axe-core {axe_version}, "
          f"rules {'+'.join(TAGS)}; {time.monotonic() - started:.1f}s)")
    return 1 if (violations or kbd_problems or missing_pages or not checked) else 0


if __name__ == "__main__":
    sys.exit(main())
