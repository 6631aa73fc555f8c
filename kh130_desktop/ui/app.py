"""Start the window: logging, a first look at the store, the Qt application and language, the
main window with the cell on it, and the store opened right after.

SQLAlchemy and SQLModel take most of a second to import on an old laptop, more than Qt itself.
So before Qt is even imported, `storefile.glance` reads the cell's profile with the standard
library's sqlite3 (a sound store at the current schema only), and the window shows with it,
read-only. The ORM is imported off the UI thread meanwhile; then the store is opened (and
checked) on the UI thread and the window becomes editable, or the first-start wizard appears.
bench/startup.py measures the three moments: window shown, cell on screen, store open.
"""

from __future__ import annotations

import argparse
import builtins
import gc
import importlib
import logging
import os
import sys
import time
from pathlib import Path

log = logging.getLogger(__name__)

# Imported in the background while the window shows (with the cell, read-only); order matters little.
# What the page needs to become editable, and no more: the signing key (cryptography) loads on
# the worker after, and the first-start wizard only when there is no cell to show.
PRELOAD = ("kh130_desktop.domain.store.engine", "sqlalchemy.dialects.sqlite.pysqlite", "kh130_desktop.domain.book.cell",
           "kh130_desktop.ui.context", "kh130_desktop.ui.recovery", "kh130_desktop.ui.pages.cell_page")
PRELOAD_FIRST_START = ("kh130_desktop.ui.wizard",)
# Only when the store may need creating or migrating (no first look): a current store opens
# without Alembic (Store.upgrade).
PRELOAD_MIGRATIONS = ("alembic.command", "alembic.script")


def _setup_logging() -> None:
    from ..logs import setup_logging

    setup_logging()


# Python's own import, kept before PySide6 replaces it: shiboken's `__feature_import__` wraps
# every import statement to serve `from __feature__ import …` (which this program never uses),
# and costs about a sixth of SQLAlchemy's import time while the store opens.
_PLAIN_IMPORT = builtins.__import__


def _qt_dialogs() -> None:
    """On Linux, Qt's own file dialog (which qtbase_vi.qm speaks Vietnamese in), not a desktop
    portal's. Set once the store is open, or before a first-start or recovery dialog: Qt's enums
    are built in Python at their first touch, which would delay the first paint."""
    if sys.platform.startswith("linux"):
        from .qt import QApplication, Qt

        QApplication.setAttribute(Qt.AA_DontUseNativeDialogs)


def _settled() -> None:
    """Start-up's objects are kept out of every later collection, and collection is back on."""
    gc.freeze()
    gc.enable()


def _preload(names) -> None:
    """Import `names` (on a worker) with Python's plain import; shiboken's wrapper is put back
    after, whoever changed it meanwhile."""
    wrapped = builtins.__import__
    builtins.__import__ = _PLAIN_IMPORT
    try:
        for name in names:
            importlib.import_module(name)
    finally:
        builtins.__import__ = wrapped
    from ..domain.store.engine import prepare_orm

    prepare_orm()


def open_window_data(app, window, folder: Path) -> bool:
    """Open the store under the shown window, run the first-start wizard if the store has no
    cell, and attach it to the window. False when the user quit or the store cannot be used."""
    from . import recovery

    recovery.install_exception_hook()
    store = recovery.open_store_for_window(folder, window, daily_backup=False)  # checked; offers a backup when damaged
    if store is None:
        return False
    from ..domain.book.cell import find_cell
    from .context import AppContext

    ctx = AppContext(store, folder)
    app._kh130_ctx = ctx
    from ..domain.store.settings import get_mode

    if ctx.read(find_cell) is None and ctx.read(get_mode) != "receiving":
        from .wizard import FirstStartWizard

        wizard = FirstStartWizard(ctx, window)
        if not wizard.exec():
            store.dispose()
            return False
    window.attach(ctx)
    recovery.daily_backup_later(ctx, window)
    return True


def run_app(argv: list[str]) -> int:
    started = time.perf_counter()
    # No garbage collection while the program starts: importing SQLAlchemy, SQLModel and Qt
    # makes tens of thousands of objects that all live on, and the collector's passes over
    # them were a sixth of the time to the editable page. Frozen, then back on (_settled).
    gc.disable()
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--data-dir")
    args, _rest = parser.parse_known_args(argv)

    _setup_logging()
    from ..domain.store.glance import glance
    from ..paths import data_dir

    folder = data_dir(args.data_dir)
    first_look = glance(folder)  # before PySide6: no shiboken import hook on sqlite3's import
    cell_first = first_look is not None and first_look.cell is not None  # on screen with the window
    from .i18n import install_translator
    from .qt import QApplication, QTimer

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "kh130"])
    app.setOrganizationName("KH130")
    app.setApplicationName("KH130")
    app.setApplicationDisplayName("KH130")
    font = app.font()
    if font.pointSize() < 10:  # old laptops at 1366x768: never smaller than 10 pt
        font.setPointSize(10)
        app.setFont(font)
    app._kh130_translator = install_translator(app)  # kept alive with the application
    bench = bool(os.environ.get("KH130_EXIT_WHEN_SHOWN"))

    from .main_window import MainWindow

    window = MainWindow()
    app._kh130_window = window
    if first_look is not None:
        window.show_glance(first_look, folder)
    screen = app.primaryScreen().availableGeometry() if app.primaryScreen() else None
    if screen is not None and screen.width() <= 1440:
        window.setGeometry(screen)  # also right where no window manager maximizes
        window.showMaximized()  # a 1366x768 laptop: every pixel is needed
    else:
        window.show()
    log.info("main window shown %.0f ms after run_app%s", (time.perf_counter() - started) * 1000,
             ", with the cell" if cell_first else "")

    def shown() -> None:
        print(f"SHOWN {time.time():.6f}", flush=True)
        if cell_first:
            print(f"READY {time.time():.6f} {window.cell_label.text()}", flush=True)

    if bench:
        QTimer.singleShot(0, shown)

    def loaded(_result) -> None:
        if not cell_first:  # the wizard or a recovery dialog may follow: people take their time
            _settled()
            _qt_dialogs()
        try:
            opened = open_window_data(app, window, folder)
        finally:
            _settled()
            _qt_dialogs()
        if not opened:
            window.close()
            app.exit(0)
            return
        log.info("store open %.0f ms after run_app", (time.perf_counter() - started) * 1000)
        if bench:
            if not cell_first:  # the cell shows only now
                print(f"READY {time.time():.6f} {window.cell_label.text()}", flush=True)
            print(f"OPEN {time.time():.6f} {window.cell_label.text()}", flush=True)
            app.quit()

    def failed(exc: BaseException) -> None:
        _settled()
        from .common import show_error

        show_error(window, exc)
        app.exit(1)

    def start_loading() -> None:
        from .operations import run_task

        names = PRELOAD if first_look is not None else PRELOAD + PRELOAD_MIGRATIONS
        if first_look is None or first_look.cell is None:
            names += PRELOAD_FIRST_START
        run_task(window, window.tr("Đang mở dữ liệu…"), lambda _progress: _preload(names), loaded, failed, show_after_ms=2000)

    QTimer.singleShot(0, start_loading)
    status = app.exec()
    # Work still running (a write, an export, a backup on the worker; the store opening or a
    # document being made in the background) finishes before the store is closed under it: the
    # window may be closed at any moment. The window waits for the worker as it closes, so
    # this is for whatever was asked for after.
    from .qt import QThreadPool

    ctx = getattr(app, "_kh130_ctx", None)
    if ctx is not None and not ctx.operations.wait_for_done(60_000):
        log.warning("a write still running at exit")
    if not QThreadPool.globalInstance().waitForDone(60_000):
        log.warning("background work still running at exit")
    if ctx is not None:
        ctx.store.dispose()
    return status
