# final-pos-client: every target installs what it needs first (Python venv + local Node tools),
# so a fresh clone needs only python3 (>= 3.11), node and npm: `make demo`, `make test`.
VENV := .venv
PY := $(VENV)/bin/python
PYTHON ?= python3
# Node tools are local (package.json pins them); never install them globally.
NPX := npx --no-install
export REDOCLY_TELEMETRY := off
export REDOCLY_SUPPRESS_NOTIFICATIONS := true

# Hand-written Python (final_pos_client/ is generated, but for its runtime _core/: mypy only,
# no ruff; it formats itself).
HAND_WRITTEN := codegen final_pos_client/_core custom_tables final_pos_fake tests examples bench
STRICT_TYPED := codegen custom_tables final_pos_fake final_pos_client examples bench tests
SPECS := openapi.yaml final_pos_client/_openapi.json
# Extras installed with the package; the dev tools come from the `dev` dependency group.
EXTRAS := fake,aiohttp,speedups,cli
PYTEST_ARGS ?=
# `make regenerate FROM=<path or URL>` regenerates from another description (see CONTRIBUTING.md).
FROM ?=
# `make bench BENCH="fake client"` runs only those topics (bench/bench_<topic>.py).
BENCH ?=

.PHONY: install test demo regenerate bump check-generated lint bench bench-check package

install: $(VENV)/.installed node_modules/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -c 'import sys; sys.exit("Python >= 3.11 needed, found " + sys.version) if sys.version_info < (3, 11) else None'
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	# Dev tools are a PEP 735 dependency group (pyproject.toml): pip reads groups from 25.1 on.
	$(PY) -m pip install -q --disable-pip-version-check 'pip>=25.1'
	$(PY) -m pip install -q --disable-pip-version-check -e '.[$(EXTRAS)]' --group dev --group bench
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

lint: install
	$(VENV)/bin/ruff check $(HAND_WRITTEN)
	$(VENV)/bin/ruff format --check $(HAND_WRITTEN)
	$(VENV)/bin/mypy --strict $(STRICT_TYPED)
	for spec in $(SPECS); do $(VENV)/bin/openapi-spec-validator $$spec || exit 1; done
	for spec in $(SPECS); do $(NPX) redocly lint $$spec --format=summary || exit 1; done

test: install lint
	$(PY) -m pytest $(PYTEST_ARGS)

regenerate: install
	$(PY) -m codegen regenerate $(if $(FROM),--from '$(FROM)')

# `make bump FROM=<path or URL>`: diff, regenerate, `make test`, then a commit on a new branch
# api/<version>; a failed step restores the work tree (CONTRIBUTING.md, "make bump").
bump: install
	$(if $(FROM),,$(error FROM=<path or URL> is required: make bump FROM=vendor-openapi.yaml))
	$(PY) -m codegen bump '$(FROM)' --test-command 'make test'

check-generated: install
	$(PY) -m codegen regenerate --check

demo: install
	$(PY) -m examples.demo

bench: install
	$(PY) -m bench $(BENCH)

package: install
	bash .ci/package
# The speed gate CI runs (about a minute): ratios against bench/gate_baseline.json.
bench-check: install
	$(PY) -m bench.gate
