"""Start the window: Qt application, language, logging, then the main window at once, and the
store opened right after it is on screen.

SQLAlchemy, SQLModel and Alembic take most of a second to import on an old laptop, more than
Qt itself: they are imported off the UI thread while the window is already showing, then the
store is opened (and checked) on the UI thread, and the first-start wizard or the first page
appears (bench/startup.py measures both moments).
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
import time
from pathlib import Path

log = logging.getLogger(__name__)

# Imported in the background while the empty window shows; order matters little.
PRELOAD = ("kh130_desktop.domain.store", "sqlalchemy.dialects.sqlite.pysqlite", "alembic.command", "alembic.script", "kh130_desktop.domain.cell",
           "kh130_desktop.ui.context", "kh130_desktop.ui.recovery", "kh130_desktop.ui.wizard",
           "kh130_desktop.ui.pages.cell_page", "kh130_desktop.domain.identity")


def _setup_logging() -> None:
    from ..logs import setup_logging

    setup_logging()


def _preload(_progress) -> None:
    for name in PRELOAD:
        importlib.import_module(name)


def open_window_data(app, window, folder: Path) -> bool:
    """Open the store under the shown window, run the first-start wizard if the store has no
    cell, and attach it to the window. False when the user quit or the store cannot be used."""
    from . import recovery

    recovery.install_exception_hook()
    store = recovery.open_store_for_window(folder, window)  # checked; offers a backup when damaged
    if store is None:
        return False
    from ..domain.cell import find_cell
    from .context import AppContext

    ctx = AppContext(store, folder)
    app._kh130_ctx = ctx
    from ..domain.receiving import get_role
    from .wizard import FirstStartWizard

    if ctx.read(find_cell) is None and ctx.read(get_role) != "receiving":

        wizard = FirstStartWizard(ctx, window)
        if not wizard.exec():
            store.dispose()
            return False
    window.attach(ctx)
    return True


def run_app(argv: list[str]) -> int:
    started = time.perf_counter()
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--data-dir")
    args, _rest = parser.parse_known_args(argv)

    _setup_logging()
    from ..paths import data_dir
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
    folder = data_dir(args.data_dir)
    bench = bool(os.environ.get("KH130_EXIT_WHEN_SHOWN"))

    from .main_window import MainWindow
    from .tasks import run_task

    window = MainWindow()
    app._kh130_window = window
    screen = app.primaryScreen().availableGeometry() if app.primaryScreen() else None
    if screen is not None and screen.width() <= 1440:
        window.setGeometry(screen)  # also right where no window manager maximizes
        window.showMaximized()  # a 1366x768 laptop: every pixel is needed
    else:
        window.show()
    log.info("main window shown %.0f ms after run_app", (time.perf_counter() - started) * 1000)
    if bench:
        QTimer.singleShot(0, lambda: print(f"SHOWN {time.time():.6f}", flush=True))

    def loaded(_result) -> None:
        if not open_window_data(app, window, folder):
            window.close()
            app.exit(0)
            return
        log.info("data shown %.0f ms after run_app", (time.perf_counter() - started) * 1000)
        if bench:
            print(f"READY {time.time():.6f} {window.cell_label.text()}", flush=True)
            app.quit()

    def failed(exc: BaseException) -> None:
        from .common import show_error

        show_error(window, exc)
        app.exit(1)

    QTimer.singleShot(0, lambda: run_task(window, window.tr("Đang mở dữ liệu…"), _preload, loaded, failed, show_after_ms=2000))
    status = app.exec()
    ctx = getattr(app, "_kh130_ctx", None)
    if ctx is not None:
        ctx.store.dispose()
    return status
