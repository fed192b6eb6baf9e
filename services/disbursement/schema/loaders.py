"""The disbursement subgraph's named loaders (kernel.loaders): one class per kind of record a field reads, each
batching a request's keys into one call of a domain function, so every field has one load path."""

from __future__ import annotations

from authz.actions import Action
from authz.permissions import scope
from kernel.loaders import Loader
from kernel.subgraph import ordered
from services.disbursement import models, service


class PaymentsLoader(Loader[int, "list[dict]"]):
    """Each household's payments of a period (`args`: the period, or None for all), inside the payment scope."""

    async def fetch(self, keys: list[int]) -> list[list[dict]]:
        rows = await service.payments_by_household(
            scope=scope(self.info, Action.PAYMENT_READ), household_ids=keys, period=self.args[0]
        )
        return ordered(keys, rows, default=[])


class AccountLoader(Loader[int, "models.BankAccount | None"]):
    """Each household's account in force, inside the account scope."""

    async def fetch(self, keys: list[int]) -> list[models.BankAccount | None]:
        return ordered(
            keys, await service.current_accounts(scope=scope(self.info, Action.ACCOUNT_READ), household_ids=keys)
        )
