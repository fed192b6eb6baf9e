"""Named batch loaders: one class per kind of record a field loads, one instance per request (and arguments).

A field reads `await PersonLoader.of(info).load(key)`: the class says what it loads and how (`fetch`; `batch` is
the DataLoader's own), so N lookups in one request become one query, and a field has one load path instead of a
string key and a lambda that two fields could spell differently.
"""

from __future__ import annotations

import weakref
from collections.abc import Hashable
from typing import Any, Generic, TypeVar

from strawberry.dataloader import DataLoader
from strawberry.types import Info

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")
L = TypeVar("L", bound="Loader[Any, Any]")


class _RequestView:
    """What a loader reads of its request (`info.context`: the principal, the scopes …) without the loaders
    themselves, so a loader and its request hold no reference cycle and a finished request is freed at once
    rather than at the next garbage collection."""

    __slots__ = ("context",)

    def __init__(self, context: dict[str, Any]) -> None:
        self.context = {key: value for key, value in context.items() if key != "loaders"}


class Loader(DataLoader[K, V], Generic[K, V]):
    """A request's loader of one kind; `args` are the arguments that make its answers differ (a period …)."""

    def __init__(self, info: Info, *args: Hashable) -> None:
        self.info = _RequestView(info.context)
        self.args = args
        fetch = weakref.WeakMethod(self.fetch)  # a bound method held by its own object would be a cycle

        async def load(keys: list[K]) -> list[V]:
            return await fetch()(keys)  # type: ignore[misc]  # the loader lives as long as its request

        super().__init__(load_fn=load)

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
