# ango-hub: the typed Python client for the Ango Hub API.
#
#   make demo    create .venv, install, run the end-to-end example against the mock Ango Hub
#   make test    create .venv, install, run everything CI runs
#
# Other targets: install generate check-generated lint format typecheck spec-lint unit contract sdk-compat bench clean

SHELL := /bin/bash
.DEFAULT_GOAL := help

# Python 3.11 or newer; a `python3.11` on PATH is preferred.
PYTHON ?= $(shell command -v python3.11 2>/dev/null || command -v python3 2>/dev/null || echo python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
NODE_STAMP := node_modules/.installed-stamp

.PHONY: help install generate check-generated lint format typecheck spec-lint unit contract sdk-compat test bench demo clean

help:
	@sed -n '3,8p' Makefile | sed 's/^# \{0,1\}//'

# --- environment -------------------------------------------------------------------

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' || { \
		echo "ango-hub needs Python 3.11 or newer; found: $$($(PYTHON) --version 2>&1)."; \
		echo "Install Python 3.11 and run again, or pass PYTHON=/path/to/python3.11."; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

install: $(STAMP) ## Create .venv and install the package with its dev and mock extras

$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $(NODE_STAMP)

# The official SDK (ango 1.4.10) in a virtualenv of its own, for benchmarks and
# compatibility tests; never installed into .venv.
SDK_VENV := .venv-sdk
SDK_STAMP := $(SDK_VENV)/.installed-stamp

$(SDK_STAMP):
	$(PYTHON) -m venv $(SDK_VENV)
	$(SDK_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(SDK_VENV)/bin/python -m pip install --quiet 'ango==1.4.10'
	@touch $(SDK_STAMP)

# The core install of ango-hub (no extras: httpx, attrs, python-dateutil), editable, for
# the import and command-line benchmarks; never used for anything else.
CORE_VENV := .venv-core
CORE_STAMP := $(CORE_VENV)/.installed-stamp

$(CORE_STAMP): pyproject.toml
	$(PYTHON) -m venv $(CORE_VENV)
	$(CORE_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(CORE_VENV)/bin/python -m pip install --quiet -e .
	@touch $(CORE_STAMP)

# --- generation --------------------------------------------------------------------

# generated/ango_hub_api from the spec; the sync client (ango_hub/_sync/) from its async
# source in ango_hub/_async/; api.md (the operation index) from the spec, the async source
# and the mock's handlers.
generate: $(STAMP) ## Regenerate generated/ango_hub_api, the sync client and api.md
	$(BIN)/python scripts/generate.py
	$(BIN)/python scripts/unasync.py
	$(BIN)/python scripts/api_index.py

check-generated: $(STAMP) ## Fail if generated/, the sync client or api.md differ from a fresh generation
	$(BIN)/python scripts/generate.py --check
	$(BIN)/python scripts/unasync.py --check
	$(BIN)/python scripts/api_index.py --check

# --- checks ------------------------------------------------------------------------

lint: $(STAMP) ## ruff lint and format check
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP) ## Format the handwritten code
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

typecheck: $(STAMP) ## mypy --strict over ango_hub/ and generated/
	$(BIN)/mypy --strict

# Redocly's linter runs when npm is available (always in CI); openapi-spec-validator always.
spec-lint: $(STAMP) ## Validate the spec (openapi-spec-validator, Redocly)
	$(BIN)/python -m openapi_spec_validator openapi/ango-hub.yaml
	@if command -v npm >/dev/null 2>&1; then \
		$(MAKE) --no-print-directory $(NODE_STAMP) && \
		npx --no-install redocly lint openapi/ango-hub.yaml --format=stylish 2>&1 \
			| grep -v -e '║' -e '╔' -e '╚' ; exit $${PIPESTATUS[0]}; \
	elif [ "$${CI:-}" = "true" ]; then \
		echo "npm is required in CI for the Redocly lint"; exit 1; \
	else \
		echo "npm not found: skipping the Redocly lint (openapi-spec-validator passed)"; \
	fi

unit: $(STAMP) ## Run the pytest suite
	$(BIN)/pytest

# schemathesis against the mock over real HTTP (settings: schemathesis.toml).
contract: $(STAMP) ## Contract tests: the spec against the mock Ango Hub
	$(BIN)/python scripts/contract.py

# Every public HTTP method of the official SDK (ango 1.4.10, in .venv-sdk) against a mock it
# starts with .venv's interpreter (tests/sdk_compat/driver.py). The SDK's upload_brush_array
# needs numpy and Pillow, which ango does not declare: installed beside it on first use.
sdk-compat: $(STAMP) $(SDK_STAMP) ## The official SDK's every HTTP method against the mock
	@$(SDK_VENV)/bin/python -c 'import numpy, PIL' 2>/dev/null || \
		$(SDK_VENV)/bin/python -m pip install --quiet 'numpy>=2' 'pillow>=10'
	$(SDK_VENV)/bin/python tests/sdk_compat/driver.py --mock-python $(BIN)/python

# The contract tests and the SDK compatibility run before the unit tests so that pytest's
# summary ends the output; the last line says how long each step took (measured, every run).
TEST_STEPS := lint typecheck spec-lint check-generated contract sdk-compat unit
test: $(STAMP) ## Everything CI runs, then how long each step took
	@$(BIN)/python scripts/timed_steps.py $(TEST_STEPS)

# --- benchmarks (timing targets live here, never in the test suite) -----------------

bench: $(STAMP) $(SDK_STAMP) $(CORE_STAMP) ## Side by side with the official SDK: writes docs/benchmarks.md (bench/README.md)
	$(BIN)/python -m bench.run

# --- demo --------------------------------------------------------------------------

demo: $(STAMP) ## Run examples/quickstart.py against a freshly started mock Ango Hub
	$(BIN)/python scripts/demo.py

clean: ## Remove the virtualenvs, node_modules and caches
	rm -rf $(VENV) $(SDK_VENV) $(CORE_VENV) node_modules .mypy_cache .ruff_cache .pytest_cache
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
