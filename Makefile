# make demo  — create .venv, install, run the sample study end to end in a temporary vault
# make test  — create .venv, install, run the test suite (slow tests included, 2 workers)
# make lock  — regenerate requirements.lock (pinned, hashed) after editing pyproject.toml
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
PYTEST_ARGS ?=
#: every dependency, pinned with hashes (regenerate with `make lock` after editing pyproject.toml)
LOCK   := requirements.lock
#: the uv release `make lock` resolves with
UV_VERSION := 0.13.9

export GX_ANALYTICS_ENABLED := false
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: demo test test-fast bench lint typecheck clean lock

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# dependencies only from the lock, each checked against its hash; then the project itself,
# without resolving anything; then a check that the lock satisfies pyproject.toml
$(STAMP): pyproject.toml $(LOCK) | $(BIN)/python
	$(BIN)/python -m pip install --quiet --require-hashes -r $(LOCK)
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	@$(BIN)/python -m pip check >/dev/null || { $(BIN)/python -m pip check; \
		echo "error: $(LOCK) does not satisfy pyproject.toml — run \`make lock\`" >&2; exit 1; }
	touch $(STAMP)

# re-resolve every dependency of pyproject.toml (dev and spark extras included: the tests run
# the Spark engine) for CPython 3.11 on any platform, with the SHA-256 of every file: one
# command after adding or bumping a dependency
lock: | $(BIN)/python
	$(BIN)/python -m pip install --quiet 'uv==$(UV_VERSION)'
	$(BIN)/uv pip compile pyproject.toml --extra dev --extra spark --generate-hashes --universal \
		--python-version 3.11 --quiet -o $(LOCK)

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
