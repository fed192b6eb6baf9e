"""Browser fixtures for the pages beside the admin (the dashboard, the query page): the same served system and Chromium."""

from tests.admin.conftest import chromium, live_server  # noqa: F401  (fixtures shared with the admin's browser tests)
