"""What every window and page shares: the open store, its folder, its one writer, and the
notice that the data changed.

A page never writes to the store itself: it calls `ctx.write(changes, fn, *args, ...)`, which
runs one domain action in one transaction on the background worker (ui/operations.py) and
then emits `changed` with what changed, for every open view to refresh what concerns it.
Reads are short and stay on the UI thread (`ctx.read`): SQLite in WAL mode lets them run
while the worker writes.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from ..domain.store.engine import Store
from .operations import Changes, Job, Operations, Progress
from .qt import QObject, QWidget, Signal

T = TypeVar("T")


class AppContext(QObject):
    # Emitted on the UI thread after every successful operation, with its Changes.
    changed = Signal(object)

    def __init__(self, store: Store, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.folder = Path(folder)
        self._identity = None
        self._identity_lock = threading.Lock()
        self.operations = Operations(self)

    def read(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run `fn(tx, *args, **kwargs)` in a read-only session and return its result."""
        with self.store.read() as tx:
            return fn(tx, *args, **kwargs)

    def write(self, changes: Changes, fn: Callable[..., Any], *args: Any, parent: QWidget | None = None,
              label: str | None = None, on_done: Callable[[Any], None] | None = None,
              on_error: Callable[[BaseException], None] | None = None) -> Job:
        """One domain action `fn(tx, *args)` as one transaction on the worker; see operations."""
        return self.operations.write(changes, fn, *args, parent=parent, label=label, on_done=on_done, on_error=on_error)

    def task(self, fn: Callable[[Progress], Any], *, changes: Changes = Changes.NONE, parent: QWidget | None = None,
             label: str | None = None, on_done: Callable[[Any], None] | None = None,
             on_error: Callable[[BaseException], None] | None = None) -> Job:
        """Long work `fn(progress)` on the same worker, opening its own transactions."""
        return self.operations.task(fn, changes=changes, parent=parent, label=label, on_done=on_done, on_error=on_error)

    def announce(self, changes: Changes) -> None:
        """Tell every view that `changes` happened outside an operation (the store reopened)."""
        self.changed.emit(changes)

    @property
    def identity(self):
        """This installation's signing key, made (and written) the first time: on the worker
        (`with_identity`), or wherever the caller already is on it."""
        with self._identity_lock:
            if self._identity is None:
                from ..domain.exchange.identity import ensure_identity

                self._identity = ensure_identity(self.store, self.folder)
            return self._identity

    def forget_identity(self) -> None:
        with self._identity_lock:
            self._identity = None

    def with_identity(self, then: Callable[[Any], None], *, parent: QWidget | None = None,
                      on_error: Callable[[BaseException], None] | None = None) -> None:
        """`then(identity)` on the UI thread: at once when it is loaded, else once the worker
        has loaded it (the first load writes the installation's id and key)."""
        if self._identity is not None:
            then(self._identity)
            return
        self.task(lambda _progress: self.identity, parent=parent, on_done=then, on_error=on_error)
