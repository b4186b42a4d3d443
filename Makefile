# Two commands set everything up on a fresh machine: `make run` and `make test`.
# `make test` runs lint and the fast tier; `make test-all` adds the slow tests (CI runs
# `make test`, then `make test-slow`: the same as test-all).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test test-all test-slow lint format bench package translations clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed-app: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.installed-app

run: $(VENV)/.installed-app
	$(BIN)/python main.py $(ARGS)

lint: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	$(BIN)/mypy

# The tests run on every core (pytest-xdist), a test file to a worker (its fixtures once).
PYTEST := QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -n auto --dist loadfile

test: lint
	$(PYTEST) -m "not slow"

test-all: lint
	$(PYTEST)

# Only the tests that make test leaves out.
# One at a time: the bundle build and the browser beside the window-size checks starve them.
test-slow: $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -m slow

format: $(VENV)/.installed-test
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

bench: $(VENV)/.installed-test
	for script in tests/benchmarks/bench_*.py; do QT_QPA_PLATFORM=offscreen $(BIN)/python $$script || exit 1; done

package: $(VENV)/.installed-test
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
		packaging/coprod-desktop.spec
	@du -sh dist/coprod-desktop

# The interface's texts: lupdate the code into resources/translations/coprod_{cy,en}.ts, then
# lrelease to .qm; the minutes' words: extract coprod_desktop/locale/coprod.pot (Babel) and
# update each language's coprod.po from it. Translate what it brings in, run it again.
translations: $(VENV)/.installed-test
	$(BIN)/python tools/translations.py

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache .mypy_cache
