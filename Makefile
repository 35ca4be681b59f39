# final-pos-client: every target installs what it needs first (Python venv + local Node tools).
VENV := .venv
PY := $(VENV)/bin/python
PYTHON ?= python3

.PHONY: install test demo regenerate check-generated lint bench

install: $(VENV)/.installed node_modules/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

lint: install
	$(VENV)/bin/ruff check codegen custom_tables final_pos_fake tests
	$(VENV)/bin/ruff format --check codegen custom_tables final_pos_fake tests
	$(VENV)/bin/mypy --strict custom_tables final_pos_client
	$(VENV)/bin/openapi-spec-validator openapi.yaml
	npx --no-install redocly lint openapi.yaml --format=summary

test: install lint
	$(PY) -m pytest

regenerate: install
	$(PY) -m codegen regenerate

check-generated: install
	$(PY) -m codegen regenerate --check

demo: install
	$(PY) -m examples.demo

bench: install
	$(PY) -m bench
