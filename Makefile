# soegraph: `make run` sets everything up and opens the viewer on the sample corpus;
# `make test` runs the test suite against a real local Neo4j.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PORT ?= 8501

.PHONY: run install neo4j sample app test bench clean-venv

run: install neo4j sample app

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $@

neo4j: install
	$(BIN)/soegraph neo4j start
	$(BIN)/soegraph doctor

sample: install
	$(BIN)/soegraph ingest samples/corpus

app: install
	$(BIN)/soegraph app --port $(PORT)

test: install
	$(BIN)/python -m pytest

bench: install
	$(BIN)/python bench/load.py --relationships 1000000
	$(BIN)/python bench/query.py
	$(BIN)/python bench/extract.py
	$(BIN)/python bench/ingest.py
	$(BIN)/python bench/viewer.py
	$(BIN)/python bench/write_floor.py

clean-venv:
	rm -rf $(VENV)
