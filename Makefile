# leakaid — the two commands the README starts with:
#   make run    create ./.venv, install leakaid with the web app, start it on http://127.0.0.1:8765/
#   make test   create ./.venv with the test extras (and the system packages the tests need), run every test
PY ?= .venv/bin/python
PIP ?= .venv/bin/pip


.PHONY: run scan-examples test venv venv-test system-deps lint bench bench-setup bench-quick bench-memory bench-ner eval-ner train clean

venv:
	test -x $(PY) || python3 -m venv .venv
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet -e '.[case]'

venv-test:
	test -x $(PY) || python3 -m venv .venv
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet -e '.[test]'

system-deps:
	sh scripts/system-deps.sh

run: venv
	sh scripts/system-deps.sh runtime
	.venv/bin/leakaid serve

scan-examples: venv
	.venv/bin/leakaid scan examples/ ; test $$? -le 1

lint:
	.venv/bin/ruff check src tests bench update train

test: system-deps venv-test lint
	.venv/bin/pytest

bench-setup:
	bash bench/setup.sh

bench: venv bench-setup
	nice $(PY) bench/run.py

bench-quick: venv bench-setup
	nice $(PY) bench/run.py --quick

bench-memory: venv
	nice $(PY) bench/memory.py

bench-ner: venv
	nice $(PY) bench/ner_bench.py

eval-ner: venv
	$(PIP) install --quiet -e '.[train]'
	nice $(PY) train/eval_ner.py
	nice $(PY) train/eval_synth.py

train: venv
	$(PIP) install --quiet -e '.[train]'
	nice $(PY) train/train_ner.py

clean:
	rm -rf build dist *.egg-info src/*.egg-info .pytest_cache .ruff_cache
