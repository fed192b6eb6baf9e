"""The workbench runs in `dibao serve` like the admin: its browser tests share the admin's server and Chromium."""

from tests.admin.conftest import chromium, live_server  # noqa: F401  (fixtures)
