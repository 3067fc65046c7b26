# Two entry points (see README): `make generate` sets up and regenerates, `make test` checks.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: generate test check lint typecheck pytest bench clean

generate: $(STAMP)
	$(PY) -m generator generate

$(STAMP): pyproject.toml generated/pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]' -e ./generated
	touch $(STAMP)

test: $(STAMP) lint typecheck check pytest

lint:
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

typecheck:
	$(VENV)/bin/mypy generated/fal_models generator

check:
	$(PY) -m generator check

# One worker per core (pytest-xdist); each worker loads the spec set once (tests/spec_set.py).
pytest:
	$(PY) -m pytest -n auto

# Benchmarks (bench/README.md): not part of `make test` or CI. Writes bench/results/*.json.
bench: $(STAMP)
	$(PY) -m bench.run

clean:
	rm -rf $(VENV)
