# Tasks: make install | test | lint | bench | build
PY ?= .venv/bin/python
VENV ?= .venv

$(VENV)/bin/python:
	python3 -m venv $(VENV)

install: $(VENV)/bin/python
	$(VENV)/bin/pip install -q --upgrade pip
	$(VENV)/bin/pip install -q -e ".[test]"

build: install
	$(VENV)/bin/clkg build seeds --output out

browser:
	bash scripts/install-browser.sh

test: install browser
	$(VENV)/bin/pytest -q

lint:
	$(VENV)/bin/ruff check graph tests bench
	$(VENV)/bin/mypy

bench: install
	$(PY) bench/bench_build.py
	$(PY) bench/bench_render.py
	@if [ -f bench/bench_resolution.py ]; then $(PY) bench/bench_resolution.py; fi

.PHONY: install build browser test lint bench
