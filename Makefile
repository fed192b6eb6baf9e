# The two commands: `make run` (embedded SQLite system on 127.0.0.1:8000) and `make test` (PostgreSQL suite).
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
DEMO_HOUSEHOLDS ?= 2000
PYTEST_ARGS ?= -q

.PHONY: install check run test bench bench-province clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

install: $(STAMP)

# Static checks, before the suite: lint and layout (pyproject's [tool.ruff]) and strict types on kernel, authz,
# identity and gateway ([tool.mypy]). The import layering is a test (tests/unit/test_layering.py).
check: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

run: install
	$(BIN)/dibao migrate
	$(BIN)/dibao seed --households $(DEMO_HOUSEHOLDS) --if-empty
	$(BIN)/dibao serve --host 127.0.0.1 --port 8000

REFERENCE := tests/gateway/reference

# Node is test tooling only: the reference federation gateway, installed into its own folder.
$(REFERENCE)/node_modules/.installed: $(REFERENCE)/package-lock.json
	npm ci --no-audit --no-fund --prefix $(REFERENCE)
	@touch $@

test: install check $(REFERENCE)/node_modules/.installed
	@pg_env="$$(scripts/ensure-postgres.sh)" || exit 1; eval "$$pg_env"; \
	status=0; $(BIN)/python -m pytest $(PYTEST_ARGS) || status=$$?; \
	scripts/stop-postgres.sh; exit $$status

bench: install $(REFERENCE)/node_modules/.installed
	@pg_env="$$(scripts/ensure-postgres.sh)" || exit 1; eval "$$pg_env"; \
	status=0; $(BIN)/python -m bench || status=$$?; \
	scripts/stop-postgres.sh; exit $$status

# The province's jobs at 90k, 450k and 1.5 M households (DIBAO_BENCH_PROVINCE_SIZES to choose): long, never in `make test`.
bench-province: install
	@pg_env="$$(scripts/ensure-postgres.sh)" || exit 1; eval "$$pg_env"; \
	status=0; $(BIN)/python -m bench.province || status=$$?; \
	scripts/stop-postgres.sh; exit $$status

clean:
	rm -rf var .pytest_cache
