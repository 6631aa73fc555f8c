"""UI fixtures: an AppContext over the shared store fixtures, settings in a temporary folder,
a helper to drive a modal dialog that a button opens with exec(), and `settle` to wait for
the writes that run on the context's worker."""

from __future__ import annotations

import pytest

from kh130_desktop.ui.qt import QApplication, QLocale, QSettings, QTimer


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path, qapp):
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(tmp_path / "settings"))
    saved = QLocale()
    QLocale.setDefault(QLocale(QLocale.Vietnamese))  # as ui/i18n.py sets it in Vietnamese mode
    yield
    QLocale.setDefault(saved)


@pytest.fixture
def ctx(store, data_dir, qapp):
    from kh130_desktop.ui.context import AppContext

    context = AppContext(store, data_dir)
    yield context
    context.operations.wait_for_done(20000)  # before the store is closed under a write


@pytest.fixture
def demo_ctx(demo_store, data_dir, qapp):
    from kh130_desktop.ui.context import AppContext

    context = AppContext(demo_store, data_dir)
    yield context
    context.operations.wait_for_done(20000)


@pytest.fixture
def settle(qtbot):
    """`settle(ctx)`: wait, with events flowing, until every operation asked of `ctx` is written
    and its outcome delivered (the dialog closed, the error shown, the pages refreshed)."""

    def wait(ctx, timeout: int = 20000) -> None:
        qtbot.waitUntil(ctx.operations.idle, timeout=timeout)

    return wait


@pytest.fixture
def on_modal(qtbot):
    """`on_modal(fn)`: when the next modal dialog opens, call fn(dialog) (fn must close it)."""
    calls = []

    def arm(fn, *, cls=None):
        def poll():
            dialog = QApplication.activeModalWidget()
            if dialog is None or (cls is not None and not isinstance(dialog, cls)):
                QTimer.singleShot(20, poll)
                return
            calls.append(dialog)
            fn(dialog)

        QTimer.singleShot(0, poll)
        return calls

    return arm


def type_into(qtbot, widget, text: str) -> None:
    """Type `text` as a user would. QTest.keyClicks asserts on non-ASCII characters, so a
    Vietnamese letter is sent as the key event a Vietnamese keyboard (Unikey, Telex) delivers:
    no key code, the composed character as its text."""
    from kh130_desktop.ui.qt import QEvent, QKeyEvent, Qt

    run = ""
    for ch in text:
        if ch.isascii():
            run += ch
            continue
        if run:
            qtbot.keyClicks(widget, run)
            run = ""
        for kind in (QEvent.KeyPress, QEvent.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.NoModifier, ch))
    if run:
        qtbot.keyClicks(widget, run)


@pytest.fixture
def typer(qtbot):
    return lambda widget, text: type_into(qtbot, widget, text)


@pytest.fixture
def window(qtbot, demo_ctx):
    """The main window on the demo cell, shown at a 1366x768 laptop's size."""
    from kh130_desktop.ui.main_window import MainWindow

    w = MainWindow(demo_ctx)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.fixture
def click_nav(qtbot):
    """`click_nav(window, title)`: click the sidebar entry `title` as a person would; its row."""
    from kh130_desktop.ui.qt import Qt

    def click(window, title: str) -> int:
        nav = window.nav
        row = next(i for i in range(nav.count()) if nav.item(i).text() == title)
        qtbot.mouseClick(nav.viewport(), Qt.LeftButton, pos=nav.visualItemRect(nav.item(row)).center())
        return row

    return click


@pytest.fixture(autouse=True)
def _no_unexpected_message_boxes(monkeypatch):
    """Offscreen, a message box nobody answers would hang the run: fail the test instead.
    A test that expects one replaces the function that shows it."""
    from kh130_desktop.ui.qt import QMessageBox

    def refuse(box):
        raise AssertionError(f"unexpected message box: {box.text()} {box.informativeText()}")

    monkeypatch.setattr(QMessageBox, "exec", refuse)
