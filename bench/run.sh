#!/usr/bin/env bash
# Lightboard benchmark against Hugo (issue 6).
#
#   bench/run.sh [--quarters Q] [--posts P] [--departments D] [--seed S] [--v2]
#                [--runs N] [--templates DIR] [--work-base DIR] [--lightboard BIN]
#                [--hugo-only] [--fresh] [--keep] [--wait-load L]
#
# 1. Generates a synthetic content folder (bench/generate.py) and the matching
#    Hugo site (bench/hugo_site.py); both are cached by size, seed and script
#    version under WORK_BASE/lightboard-bench-cache (--fresh regenerates).
#    --v2 fills every contract-v2 input as well (generate.py --v2: settlement,
#    satisfaction ratings, sub-categories, thresholds, rankings, joined).
# 2. Builds the release binary and times `lightboard build` into an empty
#    folder, then a second build with nothing changed (files written = files
#    whose mtime moved).
# 3. Times `hugo` on the peer site under the same conditions (empty destination
#    on the same file system, then a second build into the same destination).
# 4. Prints one table. Full builds run --runs times (default 3), each into an
#    empty folder; the table shows the median wall time (with that run's CPU)
#    and the highest peak RSS, because this VM is noisy.
#    Pages per second are given twice for Lightboard: over the whole build
#    (reading and checking every post included) and over its render and write
#    stages only (`lightboard build --timings`), which is closer to what Hugo
#    does: its tables are computed beforehand by bench/hugo_site.py.
#    --wait-load L waits before each full build until the 1-minute load
#    average is below L (other engineers build on the same cores; the
#    harness's own previous run counts too, so expect ~1 min between runs),
#    at most 15 minutes, and prints the load each run started at.
#
# Everything is written under /dev/shm by default: this VM's disk is slow and
# erratic for many small files, which would measure the disk, not the tools.
# --work-base DIR measures another file system instead.
#
# --lightboard BIN times a binary built elsewhere (another branch) instead of
# building this checkout. Until `lightboard build` exists on main the harness
# fails with "build lightboard first"; --hugo-only measures the generator and
# Hugo alone.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
quarters=8 posts=20000 departments=200 seed=1
templates="$repo/Templates"
hugo_only=0 fresh=0 keep=0 runs=3 lightboard="" v2=() wait_load=""
if [[ -d /dev/shm && -w /dev/shm ]]; then work_base=/dev/shm; else work_base=${TMPDIR:-/tmp}; fi

usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit "${1:-0}"; }
while (($#)); do
    case $1 in
        --quarters) quarters=$2; shift 2 ;;
        --posts) posts=$2; shift 2 ;;
        --departments) departments=$2; shift 2 ;;
        --seed) seed=$2; shift 2 ;;
        --v2) v2=(--v2); shift ;;
        --runs) runs=$2; shift 2 ;;
        --templates) templates=$(realpath "$2"); shift 2 ;;
        --work-base) work_base=$(realpath "$2"); shift 2 ;;
        --lightboard) lightboard=$(realpath "$2"); shift 2 ;;
        --hugo-only) hugo_only=1; shift ;;
        --fresh) fresh=1; shift ;;
        --keep) keep=1; shift ;;
        --wait-load) wait_load=$2; shift 2 ;;
        -h|--help) usage 0 ;;
        *) echo "run.sh: unknown argument: $1" >&2; usage 2 >&2 ;;
    esac
done

die() { echo "bench: error: $*" >&2; exit 2; }
command -v hugo >/dev/null || die "hugo not found (Debian: apt-get install -y hugo)"
[[ -x /usr/bin/time ]] || die "/usr/bin/time not found (Debian: apt-get install -y time)"

# --- Lightboard binary: fail fast, before minutes of generation. -------------
if ((!hugo_only)); then
    if [[ -z $lightboard ]]; then
        echo "== swift build -c release --product lightboard --static-swift-stdlib (as make site)"
        if ! (cd "$repo" && swift build -c release --product lightboard --static-swift-stdlib 2>&1 | tail -3); then
            die "swift build failed: build lightboard first (or run with --hugo-only)"
        fi
        lightboard="$repo/.build/release/lightboard"
    fi
    # ArgumentParser answers `build --help` with the root help (exit 0) while
    # no `build` subcommand exists, so look for the build command's options.
    if [[ ! -x $lightboard ]] || ! "$lightboard" build --help 2>&1 | grep -q -- '--content'; then
        die "'lightboard build' is not implemented in this checkout: build lightboard first (merge main), or run with --hugo-only"
    fi
    [[ -d $templates ]] || die "templates folder $templates not found (use --templates DIR)"
fi

# --- Content and the Hugo peer, cached. --------------------------------------
version=$(cat "$repo/bench/generate.py" "$repo/bench/hugo_site.py" | sha1sum | cut -c1-12)
cache="$work_base/lightboard-bench-cache/q$quarters-p$posts-d$departments-s$seed${v2:+-v2}-$version"
if ((fresh)) || [[ ! -e $cache/.complete ]]; then
    rm -rf "$cache"
    mkdir -p "$cache"
    echo "== generating content into $cache/content"
    python3 "$repo/bench/generate.py" "$cache/content" --quarters "$quarters" --posts "$posts" \
        --departments "$departments" --seed "$seed" "${v2[@]}"
    echo "== preparing the Hugo peer site in $cache/hugo"
    python3 "$repo/bench/hugo_site.py" "$cache/content" "$cache/hugo" | tail -1
    touch "$cache/.complete"
else
    echo "== reusing content and Hugo site in $cache (--fresh to regenerate)"
fi
content="$cache/content"

load=$(cut -d' ' -f1 /proc/loadavg)   # other builds on a shared VM inflate wall times
work=$(mktemp -d "$work_base/lightboard-bench.XXXXXX")
# Lightboard's build cache lives outside the output folder; keep it in the work
# folder, and empty it before each full build, or a "full" build would reuse
# the quarter counts of the run before and skip reading the posts.
export LIGHTBOARD_CACHE_DIR="$work/lightboard-cache"
if ((!keep)); then trap 'rm -rf "$work"' EXIT; else echo "== keeping outputs in $work"; fi

# timed NAME CMD...: runs CMD under /usr/bin/time -v; sets wall (s, from the
# monotonic-enough nanosecond clock), rss_kib and cpu_pct. Output in $work/NAME.log.
timed() {
    local name=$1; shift
    local t0 t1
    t0=$(date +%s%N)
    if ! /usr/bin/time -v -o "$work/$name.time" "$@" >"$work/$name.log" 2>&1; then
        echo "bench: '$*' failed:" >&2
        tail -30 "$work/$name.log" >&2
        exit 1
    fi
    t1=$(date +%s%N)
    wall=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", (b - a) / 1e9 }')
    rss_kib=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$work/$name.time")
    cpu_pct=$(awk -F': ' '/Percent of CPU/ { sub("%", "", $2); print $2 }' "$work/$name.time")
    cpu_s=$(awk -F': ' '/User time|System time/ { t += $2 } END { printf "%.2f", t }' "$work/$name.time")
}

# render_write NAME: seconds of the render and write stages printed by
# `lightboard build --timings` into $work/NAME.log, or - when there are none.
render_write() {
    awk '/^timing (render|write) / { t += $3; found = 1 } END { if (found) printf "%.3f", t; else print "-" }' "$work/$1.log"
}
# pages_rendered NAME: the pages `--timings` says were rendered, or -.
pages_rendered() {
    awk '/^pages rendered / { n = $3 } END { print (n == "" ? "-" : n) }' "$work/$1.log"
}

# wait_for_load: with --wait-load, waits (at most 15 min) until the 1-minute load is below it; sets
# start_load to the load the run starts at, and max_start_load to the highest of those.
max_start_load=0
wait_for_load() {
    local waited=0
    if [[ -n $wait_load ]]; then
        while awk -v l="$(cut -d' ' -f1 /proc/loadavg)" -v max="$wait_load" 'BEGIN { exit !(l >= max) }' && ((waited < 900)); do
            sleep 5; waited=$((waited + 5))
        done
        ((waited < 900)) || echo "   load still $(cut -d' ' -f1 /proc/loadavg) after 15 min: timing anyway" >&2
    fi
    start_load=$(cut -d' ' -f1 /proc/loadavg)
    max_start_load=$(awk -v a="$max_start_load" -v b="$start_load" 'BEGIN { print (b > a ? b : a) }')
}

# full_builds NAME OUT CMD...: CMD --runs times, OUT and the build cache emptied before each run;
# sets wall, cpu_pct, cpu_s and rw_s (render+write, - for Hugo) of the median
# run and the highest rss_kib.
full_builds() {
    local name=$1 out=$2; shift 2
    local r results=() max_rss=0
    for ((r = 1; r <= runs; r++)); do
        rm -rf "$out" "$LIGHTBOARD_CACHE_DIR"
        wait_for_load
        timed "$name" "$@"
        rw_s=$(render_write "$name")
        echo "   run $r: ${wall} s, ${cpu_pct}% CPU (${cpu_s} s user+sys), $((rss_kib / 1024)) MiB, render+write ${rw_s} s, load ${start_load} at start"
        results+=("$wall $cpu_pct $cpu_s $rw_s")
        if ((rss_kib > max_rss)); then max_rss=$rss_kib; fi
    done
    read -r wall cpu_pct cpu_s rw_s < <(printf '%s\n' "${results[@]}" | sort -n | sed -n "$(((runs + 1) / 2))p")
    rss_kib=$max_rss
}

# HTML pages, not counting Hugo's meta-refresh redirect (/zh/ -> /).
count_pages() { find "$1" -name '*.html' -type f -print0 | xargs -0r grep -L 'http-equiv="refresh"' | wc -l; }
# Lightboard's pages that the Hugo peer also has: not its 404.html, nor the copy of
# the default-language home at the site root (Hugo serves that language at /).
# Rates use this count, so Lightboard is not credited for the two extra pages.
count_lightboard_pages() { echo $(($(count_pages "$1") - 2)); }
count_files() { find "$1" -type f | wc -l; }
count_newer() { find "$1" -type f -newer "$2" | wc -l; }

# pages files wall cpu rss cpu_s render_write noop_wall noop_files noop_cpu one_wall one_files one_cpu_s one_pages
lb=(- - - - - - - - - - - - - -)
if ((!hugo_only)); then
    # Binaries from before `--timings` are timed without it (no render+write figures).
    timings=()
    if "$lightboard" build --help 2>&1 | grep -q -- '--timings'; then timings=(--timings); fi
    echo "== lightboard build (full, empty output folder, $runs runs)"
    out="$work/lightboard-site"
    full_builds lb-full "$out" "$lightboard" build --content "$content" --templates "$templates" --output "$out" "${timings[@]}"
    lb=("$(count_lightboard_pages "$out")" "$(count_files "$out")" "$wall" "$cpu_pct" "$rss_kib" "$cpu_s" "$rw_s")
    sed 's/^/   lightboard: /' "$work/lb-full.log" | tail -15
    echo "== lightboard build (no-op rebuild)"
    touch "$work/marker"; sleep 0.05
    find "$out" -type f | sort >"$work/before.txt"
    timed lb-noop "$lightboard" build --content "$content" --templates "$templates" --output "$out"
    find "$out" -type f | sort >"$work/after.txt"
    lb+=("$wall" "$(count_newer "$out" "$work/marker")" "$cpu_pct")
    changed=$(find "$out" -type f -newer "$work/marker" | head -5)
    [[ -z $changed ]] || echo "   no-op rebuild rewrote files, e.g.: $(echo $changed | sed "s|$out/||g")"
    cmp -s "$work/before.txt" "$work/after.txt" || echo "   no-op rebuild added or removed files"

    # One quarter changes: append a valid post to the latest quarter's
    # posts.csv (restored afterwards, the content is cached), rebuild and count
    # what was rewritten: only that quarter's pages and the pages that show it
    # (home, archive, department pages, feeds, its open data) should be.
    last_q=$(ls "$content/quarters" | tail -1)
    qposts="$content/quarters/$last_q/posts.csv"
    cp "$qposts" "$work/posts.csv.orig"
    trap 'cp "$work/posts.csv.orig" "$qposts"; rm -rf "$work"' EXIT
    ((keep)) && trap 'cp "$work/posts.csv.orig" "$qposts"' EXIT
    year=${last_q%-Q*} qn=${last_q#*-Q}
    day=$(printf '%s-%02d-01' "$year" $((3 * qn - 2)))
    dept=$(sed -n 2p "$content/departments.csv" | cut -d, -f1)
    # The v1 columns come first in the header; --v2's come after them, left empty.
    extra=$(head -1 "$qposts" | awk -F, '{ for (i = 11; i <= NF; i++) printf "," }')
    echo "bench-extra-1,board,$dept,inquiry,${day}T10:00,${day}T10:05,,yes,基准测试追加留言,https://e.cnnb.example/post/bench-extra-1$extra" >>"$qposts"
    echo "== lightboard build (one quarter changed: $last_q/posts.csv + 1 red post)"
    touch "$work/marker"; sleep 0.05
    timed lb-one "$lightboard" build --content "$content" --templates "$templates" --output "$out" "${timings[@]}"
    lb+=("$wall" "$(count_newer "$out" "$work/marker")" "$cpu_s" "$(pages_rendered lb-one)")
    cp "$work/posts.csv.orig" "$qposts"
fi

hugo_version=$(hugo version | awk '{ print $2 }' | cut -d+ -f1)
echo "== hugo $hugo_version (full, empty destination, $runs runs)"
hout="$work/hugo-public"
full_builds hugo-full "$hout" hugo --quiet --source "$cache/hugo" --destination "$hout" --cacheDir "$work/hugo-cache"
hg=("$(count_pages "$hout")" "$(count_files "$hout")" "$wall" "$cpu_pct" "$rss_kib" "$cpu_s")
echo "== hugo (second build, nothing changed)"
touch "$work/marker"; sleep 0.05
timed hugo-noop hugo --quiet --source "$cache/hugo" --destination "$hout" --cacheDir "$work/hugo-cache"
hg+=("$wall" "$(count_newer "$hout" "$work/marker")" "$cpu_pct")

# --- Table. -------------------------------------------------------------------
# With --wait-load, the highest load a full build started at; else the load before everything.
load_note="1-minute load $load before the runs"
if [[ -n $wait_load ]]; then load=$max_start_load load_note="each started at a 1-minute load of at most $max_start_load"; fi
BENCH_KIND="${v2:+, every contract-v2 input filled}" LOAD_NOTE=$load_note python3 - "$quarters" "$posts" "$departments" "$work_base" "$hugo_version" "$runs" "$load" "${lb[@]}" "${hg[@]}" <<'EOF'
import os, sys
q, p, d, base, hv, runs = sys.argv[1:7]
lb, hg = sys.argv[8:22], sys.argv[22:31]
load = sys.argv[7]
posts = int(q) * int(p)
num = lambda s: None if s == "-" else float(s)
def fmt(v, spec):
    return "—" if v is None else format(v, spec)
L = dict(zip("pages files wall cpu rss cpus rw nwall nfiles ncpu owall ofiles ocpus opages".split(), map(num, lb)))
H = dict(zip("pages files wall cpu rss cpus nwall nfiles ncpu".split(), map(num, hg)))
mib = lambda kib: None if kib is None else kib / 1024
rate = lambda n, s: None if n is None or not s else n / s
lb_pps, hg_pps = rate(L["pages"], L["wall"]), rate(H["pages"], H["wall"])
lb_rw_pps = rate(L["pages"], L["rw"])
rows = [
    ("posts ingested", fmt(posts, ",.0f"), "—"),
    ("HTML pages (both tools make)", fmt(L["pages"], ",.0f"), fmt(H["pages"], ",.0f")),
    ("full build: wall time (s)", fmt(L["wall"], ".2f"), fmt(H["wall"], ".2f")),
    ("full build: CPU (%, 200 = 2 cores)", fmt(L["cpu"], ".0f"), fmt(H["cpu"], ".0f")),
    ("full build: CPU time user+sys (s)", fmt(L["cpus"], ".2f"), fmt(H["cpus"], ".2f")),
    ("full build: peak RSS (MiB)", fmt(mib(L["rss"]), ",.0f"), fmt(mib(H["rss"]), ",.0f")),
    ("full build: files written", fmt(L["files"], ",.0f"), fmt(H["files"], ",.0f")),
    ("posts ingested / s (whole build)", fmt(rate(posts, L["wall"]) if L["wall"] else None, ",.0f"), "—"),
    ("pages rendered / s (whole build)", fmt(lb_pps, ",.0f"), fmt(hg_pps, ",.0f")),
    ("render+write only: time (s)", fmt(L["rw"], ".2f"), "—"),
    ("pages rendered / s (render+write only)", fmt(lb_rw_pps, ",.0f"), "—"),
    ("no-op rebuild: wall time (s)", fmt(L["nwall"], ".2f"), fmt(H["nwall"], ".2f")),
    ("no-op rebuild: % of full build", fmt(rate(100 * L["nwall"], L["wall"]) if L["nwall"] else None, ".1f"),
     fmt(100 * H["nwall"] / H["wall"], ".1f")),
    ("no-op rebuild: files written", fmt(L["nfiles"], ",.0f"), fmt(H["nfiles"], ",.0f")),
    ("one quarter changed: wall time (s)", fmt(L["owall"], ".2f"), "—"),
    ("one quarter changed: CPU time user+sys (s)", fmt(L["ocpus"], ".2f"), "—"),
    ("one quarter changed: pages rendered", fmt(L["opages"], ",.0f"), "—"),
    ("one quarter changed: files written", fmt(L["ofiles"], ",.0f"), "—"),
]
print()
print(f"Benchmark: {q} quarters x {p} posts x {d} departments ({posts:,} posts{os.environ['BENCH_KIND']}), output on {base}, "
      f"median of {runs} full builds; {os.environ['LOAD_NOTE']}")
w = max(len(r[0]) for r in rows)
print(f"{'':{w}}  {'Lightboard':>12}  {'Hugo ' + hv:>14}")
for name, a, b in rows:
    print(f"{name:{w}}  {a:>12}  {b:>14}")
ratio = None if lb_pps is None else lb_pps / hg_pps
print(f"{'Lightboard/Hugo pages-per-second ratio':{w}}  {fmt(ratio, '.2f'):>12}")
rw_ratio = None if lb_rw_pps is None else lb_rw_pps / hg_pps
print(f"{'  the same, render+write only':{w}}  {fmt(rw_ratio, '.2f'):>12}")
cores = os.cpu_count() or 1
if float(load) > cores / 2:
    print(f"warning: load average was {load} on {cores} cores before the run: other work competed for the CPU, "
          "wall times are inflated (CPU time user+sys is less affected)", file=sys.stderr)
if L["pages"] is not None and L["pages"] != H["pages"]:
    print(f"warning: page counts differ (Lightboard {L['pages']:.0f}, Hugo {H['pages']:.0f}): "
          "update bench/hugo_site.py to mirror Lightboard's pages", file=sys.stderr)
EOF
