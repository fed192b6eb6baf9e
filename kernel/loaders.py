"""Named batch loaders: one class per kind of record a field loads, one instance per request (and arguments).

A field reads `await PersonLoader.of(info).load(key)`: the class says what it loads and how (`fetch`; `batch` is
the DataLoader's own), so N lookups in one request become one query, and a field has one load path instead of a
string key and a lambda that two fields could spell differently.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any, Generic, TypeVar

from strawberry.dataloader import DataLoader
from strawberry.types import Info

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")
L = TypeVar("L", bound="Loader[Any, Any]")


class Loader(DataLoader[K, V], Generic[K, V]):
    """A request's loader of one kind; `args` are the arguments that make its answers differ (a period …)."""

    def __init__(self, info: Info, *args: Hashable) -> None:
        self.info = info
        self.args = args
        super().__init__(load_fn=self.fetch)

    async def fetch(self, keys: list[K]) -> list[V]:
        """The values of `keys`, in their order (None or [] where there is none)."""
        raise NotImplementedError

    @classmethod
    def of(cls: type[L], info: Info, *args: Hashable) -> L:
        """This request's loader of the kind (one per distinct `args`)."""
        loaders: dict[Any, Any] = info.context["loaders"]
        found = loaders.get((cls, args))
        if found is None:
            found = loaders[(cls, args)] = cls(info, *args)
        return found
