"""What the main window asks of every page, with the defaults of a page that has nothing to
save: the window calls these directly, never probing a page for what it happens to have."""

from __future__ import annotations

from collections.abc import Callable

from ..operations import Changes
from ..qt import QWidget


class Page(QWidget):
    """A page of the main window, `Page(ctx, parent)`.

    `watches` names the change notices the page shows: after an operation that changed any of
    them the page refreshes, at once if it is on screen, else when it is shown next.
    """

    watches: Changes = Changes.NONE

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = None
        self._missed = Changes.NONE  # notices that came while the page was hidden

    def watch(self, ctx) -> None:
        """From now on the page reads `ctx`, and hears of its changes."""
        self.ctx = ctx
        ctx.changed.connect(self._on_changed)

    def attach(self, ctx) -> None:
        """The store is open, for a page built before it was (ui/app.py shows the cell's page
        at once): read it from now on."""
        self.watch(ctx)
        self.refresh()

    # --- what the window calls ------------------------------------------------------------
    def refresh(self) -> None:
        """Show the store as it is now."""

    def has_unsaved_changes(self) -> bool:
        return False

    def save(self, then: Callable[[bool], None] | None = None) -> None:
        """Save what was typed; `then(saved)` once it is written, or refused (the error shown)."""
        if then is not None:
            then(True)

    def discard_changes(self) -> None:
        self.refresh()

    def new(self) -> None:
        """The window's "new" action (Ctrl+N) on this page."""

    def focus_search(self) -> None:
        """The window's "find" action (Ctrl+F) on this page."""

    # --- change notices -------------------------------------------------------------------
    def on_changes(self, changes: Changes) -> None:
        """Something this page watches changed: by default, show it all again."""
        self.refresh()

    def _on_changed(self, changes: Changes) -> None:
        if not changes & self.watches:
            return
        if self.isVisible():
            self.on_changes(changes)
        else:
            self._missed |= changes

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._missed:
            missed, self._missed = self._missed, Changes.NONE
            self.on_changes(missed)
