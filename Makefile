# make demo  — create .venv, install, run the sample study end to end in a temporary vault
# make test  — create .venv, install, run the test suite (slow tests included, 2 workers)
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
PYTEST_ARGS ?=

export GX_ANALYTICS_ENABLED := false
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: demo test test-fast bench lint typecheck clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,spark]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/python scripts/demo.py

# pytest exits 5 when it collected no tests: that is a failure here, never a green run
test: $(STAMP)
	@$(BIN)/python -m pytest -n 2 --dist loadgroup $(PYTEST_ARGS); rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "error: pytest collected no tests" >&2; exit 1; fi; exit $$rc

test-fast: $(STAMP)
	$(BIN)/python -m pytest -n 2 --dist loadgroup -m "not slow" $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check vault cli.py tests bench scripts

typecheck: $(STAMP)
	$(BIN)/mypy --strict vault cli.py

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis build *.egg-info
