# The README's two commands: `make site` and `make test`.
SHELL := /bin/bash
SWIFT ?= swift
CONTENT ?= Content
TEMPLATES ?= Templates
OUTPUT ?= Site

.PHONY: site serve test test-steps test-deps deps unit-tests reproducible killed-build quality-test-site archive-check clean fuzz
.PHONY: bench bench-large bench-hugo bench-deps
.PHONY: quality quality-modes quality-install quality-html quality-axe quality-links quality-selftest screenshots print-pdf

## Build the sample site into Site/ (release build) and say where to open it.
## The Swift runtime and Foundation are linked in: a process then starts in 5 ms
## instead of 11 ms, most of a rebuild with nothing changed (docs/performance.md).
RELEASE_BUILD = $(SWIFT) build -c release --product lightboard --static-swift-stdlib
site: deps
	$(RELEASE_BUILD)
	.build/release/lightboard build --content $(CONTENT) --templates $(TEMPLATES) --output $(OUTPUT)
	@echo "Open $(CURDIR)/$(OUTPUT)/index.html in a browser, or serve it: python3 -m http.server -d $(OUTPUT) 8000"

## Preview the sample while you edit it: http://127.0.0.1:$(PORT)/, reloaded on every save
## (docs/serve.md). A debug build: it compiles faster than `make site`'s release build.
PORT ?= 8000
serve: deps
	$(SWIFT) build --product lightboard
	.build/debug/lightboard serve --content $(CONTENT) --templates $(TEMPLATES) --port $(PORT)

## Run every test: unit and integration tests (fault safety and hostile input
## among them), the committed-site check, a killed build, then the outside
## judges (valid HTML, axe + keyboard, links) on a fresh build of the sample and
## the judges' own self-test. Ends with every check's figures, the unit-test
## result last; any failure stops it with a non-zero status.
TEST_LOG = .build/test.log
TEST_SITE = .build/test-site
test: test-deps
	@mkdir -p .build
	@set -o pipefail; $(MAKE) --no-print-directory test-steps 2>&1 | tee $(TEST_LOG)
	@scripts/test-summary.sh $(TEST_LOG)

test-steps: unit-tests reproducible killed-build quality-test-site archive-check quality-selftest

deps:
	@scripts/install-deps.sh

test-deps:
	@scripts/install-deps.sh python3

unit-tests:
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

## Two builds under different TZ, LANG and folders are byte-identical and equal the committed Site/.
reproducible:
	$(SWIFT) build --product lightboard
	scripts/check-reproducible.sh .build/debug/lightboard

## SIGKILL during writing leaves every file old or new; the next build repairs the rest.
killed-build:
	$(SWIFT) build --product lightboard
	scripts/check-killed-build.py .build/debug/lightboard

## The archive tools judged by outside tools (docs/archiving.md): lightboard verify and sha256sum
## on the manifest, bagit-python on every period's bag, frictionless on datapackage.json.
archive-check: quality-install
	$(SWIFT) build --product lightboard
	scripts/check-archive.sh .build/debug/lightboard .build/quality-venv $(CONTENT) $(TEMPLATES)

## The quality checks on a fresh build of the sample.
quality-test-site:
	$(SWIFT) build --product lightboard
	rm -rf $(TEST_SITE)
	.build/debug/lightboard build --content $(CONTENT) --templates $(TEMPLATES) --output $(TEST_SITE)
	$(MAKE) --no-print-directory quality SITE_DIR=$(TEST_SITE)

## Benchmark against Hugo (bench/run.sh, docs/performance.md). Medium scale by default;
## override e.g. `make bench QUARTERS=4 POSTS=5000 DEPARTMENTS=100`; BENCH_ARGS=--v2 fills every
## contract-v2 input as well (settlement, ratings, sub-categories, thresholds, rankings, joined).
QUARTERS ?= 8
POSTS ?= 20000
DEPARTMENTS ?= 200
BENCH_ARGS ?=
bench-deps:
	@scripts/install-deps.sh hugo time
bench: bench-deps
	bench/run.sh --quarters $(QUARTERS) --posts $(POSTS) --departments $(DEPARTMENTS) $(BENCH_ARGS)

## The issue-6 target scale: 40 quarters x 100,000 posts x 500 departments (4 million posts);
## `make bench-large BENCH_ARGS=--v2` with every contract-v2 input (issue 11).
bench-large: bench-deps
	bench/run.sh --quarters 40 --posts 100000 --departments 500 $(BENCH_ARGS)

## The generator and Hugo only (works before `lightboard build` exists).
bench-hugo: bench-deps
	bench/run.sh --hugo-only --quarters $(QUARTERS) --posts $(POSTS) --departments $(DEPARTMENTS) $(BENCH_ARGS)

## libFuzzer over the CSV reader and the front-matter/YAML readers (Fuzz/), FUZZ_SECONDS per target.
FUZZ_SECONDS ?= 60
fuzz: deps
	cd Fuzz && $(SWIFT) build -c release --scratch-path ../.build-fuzz -Xswiftc -sanitize=fuzzer,address \
	    -Xswiftc -enable-testing -Xswiftc -use-ld=lld
	scripts/fuzz.sh .build-fuzz/release $(FUZZ_SECONDS)

clean:
	rm -rf .build .build-fuzz

## Quality checks (issue 5) on the built site: see docs/quality.md.
SITE_DIR ?= $(OUTPUT)
QUALITY_PY = .build/quality-venv/bin/python
SCREENSHOTS ?= .build/screenshots

## Valid HTML, axe-core + keyboard, links, against $(SITE_DIR). Runs all three, fails if any failed.
quality: quality-install
	@status=0; \
	scripts/quality/html.sh $(SITE_DIR) || status=1; \
	$(QUALITY_PY) scripts/quality/axe.py $(SITE_DIR) || status=1; \
	$(MAKE) --no-print-directory quality-modes SITE_DIR=$(SITE_DIR) || status=1; \
	$(QUALITY_PY) scripts/quality/links.py $(SITE_DIR) || status=1; \
	exit $$status

## axe and the keyboard walk in every display mode (issue 14): the no-JavaScript fragments,
## the mode display-modes.js keeps, the system's dark scheme and more contrast, on a phone too.
MODE_PAGES = zh/ en/2024-q3/ zh/2024-q3/league/ en/2024-q3/red/ zh/departments/ en/departments/yinzhou/
quality-modes: quality-install
	@status=0; \
	for mode in large-text high-contrast large-high-contrast; do \
	  $(QUALITY_PY) scripts/quality/axe.py $(SITE_DIR) $(addsuffix \#$$mode,$(MODE_PAGES)) || status=1; \
	done; \
	$(QUALITY_PY) scripts/quality/axe.py $(SITE_DIR) $(MODE_PAGES) --stored-mode large-high-contrast --window-size 390,844 || status=1; \
	$(QUALITY_PY) scripts/quality/axe.py $(SITE_DIR) $(MODE_PAGES) --emulate prefers-color-scheme=dark || status=1; \
	$(QUALITY_PY) scripts/quality/axe.py $(SITE_DIR) $(MODE_PAGES) --emulate prefers-contrast=more --window-size 390,844 || status=1; \
	exit $$status

quality-install:
	@scripts/quality/install.sh

quality-html: quality-install
	scripts/quality/html.sh $(SITE_DIR)

quality-axe: quality-install
	$(QUALITY_PY) scripts/quality/axe.py $(SITE_DIR)

quality-links:
	python3 scripts/quality/links.py $(SITE_DIR)

## The checks checked: they pass a good fixture site and catch every planted fault in a bad one.
quality-selftest: quality-install
	scripts/quality/selftest/selftest.sh

## Screenshots of $(SITE_DIR) at 390 and 1280 px, zh and en, into $(SCREENSHOTS)/.
screenshots: quality-install
	scripts/quality/screenshots.sh $(SITE_DIR) $(SCREENSHOTS)

## Pages printed to PDF by headless Chromium and each PDF page as a PNG (the print style sheet).
PRINTS ?= .build/prints
print-pdf: quality-install
	scripts/quality/print-pdf.sh $(SITE_DIR) $(PRINTS)
