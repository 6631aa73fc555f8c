# Two commands a newcomer needs; each builds its own .venv from pyproject.toml.
#   make run    install and start the app
#   make test   install and run the whole test suite (offscreen Qt)
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test demo bench bundle clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $@ $(VENV)/.installed

run: $(VENV)/.installed
	$(BIN)/kh130

test: $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

demo: $(VENV)/.installed
	$(BIN)/kh130 demo

bench: $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/run_all.py

bundle: $(VENV)/.installed-test
	$(BIN)/python -m pip install --quiet -e ".[build]"
	$(BIN)/pyinstaller --noconfirm --clean build.spec

clean:
	rm -rf $(VENV) build dist .pytest_cache
