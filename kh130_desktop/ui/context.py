"""What every window and page shares: the open store, its folder, and a signal that the data changed.

A page never writes to the store itself: it calls `ctx.write(fn, ...)`, which runs one
domain action in one transaction and then tells every open view to refresh.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from ..domain.store.engine import Store
from .qt import QObject, Signal

T = TypeVar("T")


class AppContext(QObject):
    # Emitted after every successful write, with a short name of what changed
    # ("cell", "members", "sessions", "attendance", "pledges", "plan", "receiving", "all").
    data_changed = Signal(str)

    def __init__(self, store: Store, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.folder = Path(folder)
        self._identity = None

    def read(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run `fn(tx, *args, **kwargs)` in a read-only session and return its result."""
        with self.store.read() as tx:
            return fn(tx, *args, **kwargs)

    def write(self, what: str, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run one domain action `fn(tx, *args, **kwargs)` as one transaction, then announce it.

        A DomainError propagates unchanged (nothing was written) for the caller to show.
        """
        with self.store.transaction() as tx:
            result = fn(tx, *args, **kwargs)
        self.data_changed.emit(what)
        return result

    @property
    def identity(self):
        if self._identity is None:
            from ..domain.exchange.identity import ensure_identity

            self._identity = ensure_identity(self.store, self.folder)
        return self._identity
