"""Start the window: Qt application, language, logging, the store, then the first-start wizard
or the main window.

Kept light on purpose: the domain's heavier parts (alembic, cryptography, openpyxl, reportlab)
are imported when first needed, and pages are built on first visit (bench/startup.py).
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


def _optional(module: str):
    """Another part's module, or None while it is not delivered yet (only that module missing)."""
    try:
        return importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if exc.name != module:
            raise
        return None


def _setup_logging() -> None:
    logs = _optional("kh130_desktop.logs")
    if logs is not None:
        logs.setup_logging()
    elif not logging.getLogger().handlers:
        logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")


def _open_store(folder: Path, parent=None):
    """The store for the window, checked at start; None when the user chose to quit."""
    recovery = _optional("kh130_desktop.ui.recovery")
    if recovery is not None:
        return recovery.open_store_for_window(folder)
    from ..domain.errors import DomainError
    from ..domain.store import Store

    try:
        return Store.open(folder)
    except DomainError as exc:
        from .common import show_error, tr

        show_error(parent, exc, tr("Không mở được kho dữ liệu", "app"))
        return None


def run_app(argv: list[str]) -> int:
    started = time.perf_counter()
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--data-dir")
    args, _rest = parser.parse_known_args(argv)

    _setup_logging()
    from ..paths import data_dir
    from .qt import QApplication, QTimer
    from .i18n import install_translator

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "kh130"])
    app.setOrganizationName("KH130")
    app.setApplicationName("KH130")
    app.setApplicationDisplayName("KH130")
    font = app.font()
    if font.pointSize() < 10:  # old laptops at 1366x768 with tired eyes: never smaller than 10 pt
        font.setPointSize(10)
        app.setFont(font)
    translator = install_translator(app)
    app._kh130_translator = translator  # kept alive with the application
    recovery = _optional("kh130_desktop.ui.recovery")
    if recovery is not None:
        recovery.install_exception_hook()

    folder = data_dir(args.data_dir)
    store = _open_store(folder)
    if store is None:
        return 1 if recovery is None else 0
    from .context import AppContext

    ctx = AppContext(store, folder)
    app._kh130_ctx = ctx
    from ..domain.cell import find_cell

    if ctx.read(find_cell) is None:
        from .wizard import FirstStartWizard

        wizard = FirstStartWizard(ctx)
        if not wizard.exec():
            store.dispose()
            return 0
    from .main_window import MainWindow

    window = MainWindow(ctx)
    app._kh130_window = window
    window.show()
    log.info("main window shown %.0f ms after run_app", (time.perf_counter() - started) * 1000)
    if os.environ.get("KH130_EXIT_WHEN_SHOWN"):
        # bench/startup.py: report when the window has been shown and painted, then leave.
        def shown() -> None:
            print(f"SHOWN {time.time():.6f}", flush=True)
            app.quit()

        QTimer.singleShot(0, shown)
    status = app.exec()
    store.dispose()
    return status
