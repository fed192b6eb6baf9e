"""Every supervision test runs against the started system (databases migrated, seeded, Tortoise open)."""

import pytest


@pytest.fixture(autouse=True)
def _running_system(system):
    return system
