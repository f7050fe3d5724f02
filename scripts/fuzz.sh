#!/usr/bin/env bash
# Runs each libFuzzer target built by `make fuzz` for a bounded time, starting
# from seeds cut from the sample content, and prints its executions.
# Usage: fuzz.sh BIN_DIR SECONDS_PER_TARGET. A crash leaves crash-* in .build-fuzz/ and exits non-zero.
set -euo pipefail
bin=$1 seconds=$2
cd "$(dirname "$0")/.."
work=.build-fuzz/runs
rm -rf "$work"
mkdir -p "$work/seeds-csv" "$work/seeds-front-matter"
head -20 Content/departments.csv >"$work/seeds-csv/departments.csv"
head -20 Content/quarters/2024-Q3/posts.csv >"$work/seeds-csv/posts.csv"
head -20 Content/quarters/2024-Q3/adjustments.csv >"$work/seeds-csv/adjustments.csv"
cp Content/site.yml "$work/seeds-front-matter/site.yml"
cp Content/e-reading/2024-07.md Content/pages/about.md "$work/seeds-front-matter/"
cp "$(ls Content/quarters/2024-Q3/complex-issues/*.md | head -1)" "$work/seeds-front-matter/complex-issue.md"

status=0
for target in FuzzCSV:csv FuzzFrontMatter:front-matter; do
    name=${target%%:*} seeds=$work/seeds-${target#*:}
    mkdir -p "$work/corpus-$name"
    result="no crash"
    # -timeout: an input taking over 10 s counts as a hang. No leak check: Foundation's
    # FileManager.contents(atPath:) leaks a 4 KB buffer per empty file (Swift 6.3.1), outside Lightboard.
    if ! ASAN_OPTIONS=detect_leaks=0 "$bin/$name" "$work/corpus-$name" "$seeds" -max_total_time="$seconds" -timeout=10 -max_len=4096 \
            -artifact_prefix=.build-fuzz/ -print_final_stats=1 >"$work/$name.log" 2>&1; then
        status=1 result="CRASH (log: $work/$name.log)"
        grep -E "ERROR|SUMMARY|Test unit written" "$work/$name.log" | sed "s/^/fuzz: $name: /" || true
    fi
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/$name.log" | tail -1 || true)
    coverage=$(grep -oE 'cov: [0-9]+' "$work/$name.log" | tail -1 || true)
    echo "fuzz: $name: ${runs:-0} executions in ${seconds} s, $coverage edges, $result"
done
exit $status
