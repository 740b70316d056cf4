# The front door: `make verify` and `make test` need only Python 3.10+ and make.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: verify test lint typecheck bench clean bytecode

# Re-install only when the package metadata changes.
$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dask,dev]'
	@touch $(STAMP)

# The package's bytecode, as a wheel install would have it: an editable install leaves it to
# the first import, which never writes it where PYTHONDONTWRITEBYTECODE is set (some sandboxes
# and CI), and then every start-up compiles all of claimcheck again (0.1 s). Only stale files
# are recompiled, so this costs nothing when nothing changed.
bytecode: $(STAMP)
	@$(BIN)/python -m compileall -q claimcheck

verify: bytecode
	$(BIN)/claimcheck verify seeds/000_150aab546d611975.txt

# ruff and mypy, then the suite: a lint slip fails CI like a failing test.
test: bytecode
	$(BIN)/ruff check claimcheck tests benchmarks
	$(BIN)/mypy
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check claimcheck tests benchmarks
	$(BIN)/mypy

bench: bytecode
	$(BIN)/python benchmarks/polnear.py
	$(BIN)/python benchmarks/recognizers.py
	$(BIN)/python benchmarks/news_dates.py
	$(BIN)/python benchmarks/speed.py
	$(BIN)/python benchmarks/startup.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache
