# figcheck: `make demo` checks the bundled desks; `make test` runs the tests. Both set up first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: demo test lint bench setup clean browser

setup: $(STAMP)

$(STAMP): pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $(STAMP)

# Exit status 1 means the desks contain discrepancies: that is the report's news, not a failure.
# The seed articles are not redistributed: `make demo ARTICLES=DIR` adds their coverage line.
ARTICLES ?=
demo: $(STAMP)
	$(BIN)/figcheck check expectations --out reports $(if $(ARTICLES),--articles $(ARTICLES)) || test $$? -eq 1
	@echo "Open reports/report.html (or reports/report.md)"

test: $(STAMP) lint browser
	$(BIN)/python -m pytest -q

# The browser tests drive Debian's Chromium (no browser download): install it when missing.
browser:
	@command -v chromium >/dev/null || { \
	  echo "installing Debian's chromium for the browser tests"; \
	  $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive \
	    apt-get install -y -qq chromium fonts-dejavu-core >/dev/null; }

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks
	$(BIN)/mypy

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_engine.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache reports/report.* reports/claimreview.jsonld
