"""One user action: a domain function run in one transaction, which commits whole or changes
nothing. The interface's background worker (ui/operations.py) runs every write through here,
so the window itself never opens a transaction."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from .engine import Store

T = TypeVar("T")


def perform(store: Store, action: Callable[..., T], *args: Any) -> T:
    """Run `action(tx, *args)` in one transaction of `store` and return its result."""
    with store.transaction() as tx:
        return action(tx, *args)

