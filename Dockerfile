# The dibao back office: one image for the gateway (with the admin UI and token
# endpoint), each subgraph, and the `dibao migrate` job; docker-compose.yml picks the
# command. Default: the gateway.

# --- build: a virtualenv with the dependencies, then the package itself -------------
FROM python:3.11-slim AS build

ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PYTHONDONTWRITEBYTECODE=1

RUN python -m venv /opt/dibao
ENV PATH=/opt/dibao/bin:$PATH
WORKDIR /src

# Dependencies first, from pyproject.toml alone: this layer is rebuilt only when the
# dependency list changes, not on every source edit.
COPY pyproject.toml ./
RUN python -c "import tomllib; print('\n'.join(tomllib.load(open('pyproject.toml', 'rb'))['project']['dependencies']))" \
        > /tmp/requirements.txt \
    && pip install -r /tmp/requirements.txt

# Then the package (its dependencies are already there).
COPY pyproject.toml README.m[d] ./
COPY kernel/ kernel/
COPY authz/ authz/
COPY identity/ identity/
COPY services/ services/
COPY gateway/ gateway/
COPY admin/ admin/
COPY workbench/ workbench/
COPY dibao/ dibao/
RUN pip install --no-deps . \
    && pip check \
    && python -m compileall -q /opt/dibao/lib/python3.11/site-packages \
    && dibao --help > /dev/null

# --- runtime: the virtualenv only, run by an unprivileged user ----------------------
FROM python:3.11-slim

ENV PATH=/opt/dibao/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    DIBAO_DATA_DIR=/srv/dibao/var

# pg_dump and pg_restore for `dibao backup` / `dibao restore` (the client of the compose file's PostgreSQL 15).
RUN apt-get update \
    && apt-get install -y --no-install-recommends postgresql-client \
    && rm -rf /var/lib/apt/lists/*

RUN groupadd --system --gid 10001 dibao \
    && useradd --system --uid 10001 --gid dibao --home-dir /srv/dibao --create-home --shell /usr/sbin/nologin dibao

COPY --from=build /opt/dibao /opt/dibao

USER 10001:10001
WORKDIR /srv/dibao
EXPOSE 8000

HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import sys, urllib.request; sys.exit(urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=4).status != 200)"]

CMD ["dibao", "serve-gateway", "--host", "0.0.0.0", "--port", "8000"]
