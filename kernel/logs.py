"""Logging of a served process: one JSON object per line in production, readable lines in development.

DIBAO_ACCESS_LOG=on|off turns the line per request (kernel.observe) on or off; it is on in production and off
in development, where traces already record every request.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from typing import Any

import orjson

from kernel.settings import Settings


class JsonFormatter(logging.Formatter):
    """A record as one JSON line: time (UTC), level, logger, then the request's fields or the message."""

    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, Any] = {
            "timestamp": dt.datetime.fromtimestamp(record.created, dt.UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
        }
        fields = getattr(record, "fields", None)
        if isinstance(fields, dict):
            line.update(fields)
        else:
            line["message"] = record.getMessage()
        if record.exc_info:
            line["exception"] = self.formatException(record.exc_info)
        return orjson.dumps(line, default=str).decode()


def request_lines(settings: Settings) -> bool:
    """Whether each request is logged: DIBAO_ACCESS_LOG if set, else in production only."""
    configured = os.environ.get("DIBAO_ACCESS_LOG", "").strip().lower()
    if configured:
        return configured in ("on", "1", "true", "yes")
    return settings.production


def log_config(settings: Settings) -> dict[str, Any]:
    """A `logging.config.dictConfig` for the process and uvicorn's own loggers (uvicorn's access log stays off:
    kernel.observe writes the request line)."""
    formatter = (
        {"()": "kernel.logs.JsonFormatter"}
        if settings.production
        else {"format": "%(asctime)s %(levelname)-7s %(name)s: %(message)s"}
    )
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"default": formatter},
        "handlers": {
            "stderr": {"class": "logging.StreamHandler", "formatter": "default", "stream": "ext://sys.stderr"}
        },
        "root": {"handlers": ["stderr"], "level": "INFO"},
        "loggers": {
            "uvicorn": {"handlers": [], "level": "INFO", "propagate": True},
            "uvicorn.error": {"handlers": [], "level": "INFO", "propagate": True},
            "uvicorn.access": {"handlers": [], "level": "WARNING", "propagate": True},
            "dibao.request": {"level": "INFO" if request_lines(settings) else "WARNING"},
            "tortoise": {"level": "WARNING"},
            "aerich": {"level": "WARNING"},
        },
    }
