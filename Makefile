# The README's two commands: `make site` and `make test`.
SWIFT ?= swift
CONTENT ?= Content
TEMPLATES ?= Templates
OUTPUT ?= Site

.PHONY: site test deps unit-tests reproducible clean

## Build the sample site into Site/ (release build) and say where to open it.
site: deps
	$(SWIFT) build -c release --product lightboard
	.build/release/lightboard build --content $(CONTENT) --templates $(TEMPLATES) --output $(OUTPUT)
	@echo "Open $(CURDIR)/$(OUTPUT)/index.html in a browser, or serve it: python3 -m http.server -d $(OUTPUT) 8000"

## Run every test: unit and integration tests, then the committed-site check.
test: deps unit-tests reproducible

deps:
	@scripts/install-deps.sh

unit-tests:
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

## Two builds under different TZ, LANG and folders are byte-identical and equal the committed Site/.
reproducible:
	$(SWIFT) build --product lightboard
	scripts/check-reproducible.sh .build/debug/lightboard

clean:
	rm -rf .build
