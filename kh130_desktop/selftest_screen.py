"""`kh130 --self-test-screen`'s last step: the main window, the print preview and the system's
print dialog on the real screen (the Windows checklist, docs/building.md). Nothing is printed."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

from .selftest import OFFSCREEN_PLATFORMS, SelfTestFailure, _application, _dark_share, _Run, _step


@_step("Mở cửa sổ chính, bản xem trước và hộp thoại in trên màn hình thật")
def _step_screen(run: _Run) -> str:
    from .ui.context import AppContext
    from .ui.main_window import MainWindow
    from .ui.printing import DocumentPreview, fit_printer_to_document
    from .ui.qt import QGuiApplication, QImage, QPrintDialog, QPrinter, QThreadPool, QTimer

    app = run.facts.get("app") or _application(True)
    platform = QGuiApplication.platformName()
    if platform in OFFSCREEN_PLATFORMS:
        raise SelfTestFailure(f"Qt đang chạy không màn hình (nền tảng {platform}), không phải trên màn hình thật")
    window = MainWindow(AppContext(run.store, run.folder / "data"))
    try:
        window.show()
        _wait_until(app, lambda: window.windowHandle() is not None and window.windowHandle().isExposed(),
                    "cửa sổ chính không hiện lên màn hình")
        shot = window.grab().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
        if _dark_share(shot) < MIN_WINDOW_INK_RATIO:
            raise SelfTestFailure("cửa sổ chính hiện lên nhưng trống trơn")
        style = app.style().name()
    finally:
        window.close()
        window.deleteLater()
        QThreadPool.globalInstance().waitForDone(10_000)  # pages may read the store off the UI thread
    preview = DocumentPreview(run.minutes_path.read_bytes(), "Tự kiểm tra: biên bản", "bien-ban.pdf")
    try:
        preview.show()
        _wait_until(app, lambda: preview.windowHandle() is not None and preview.windowHandle().isExposed(),
                    "bản xem trước không hiện lên màn hình")
        printer = QPrinter(QPrinter.HighResolution)
        a4 = fit_printer_to_document(printer, preview.document)
        printer_name = printer.printerName() or "in ra tệp PDF"
        dialog = QPrintDialog(printer, preview)
        closer = QTimer(dialog)
        closer.setInterval(PRINT_DIALOG_CLOSE_MS)
        closer.timeout.connect(lambda: _cancel_print_dialog(dialog))
        closer.start()
        started = time.perf_counter()
        dialog.exec()  # never followed by printing, whatever the result
        closer.stop()
        seconds = time.perf_counter() - started
    finally:
        preview.close()
        preview.deleteLater()
        app.processEvents()
    parts = [f"nền tảng {platform}", f"kiểu {style}", f"máy in mặc định “{printer_name}”"
             + ("" if a4 else " (không nhận khổ A4)"), f"hộp thoại in mở và đóng sau {seconds:.1f} giây".replace(".", ",")]
    runtime = _loaded_library("msvcp140.dll")
    if runtime:
        parts.append(f"msvcp140.dll từ {runtime}")
    return ", ".join(parts)


MIN_WINDOW_INK_RATIO = 0.0005


PRINT_DIALOG_CLOSE_MS = 1500


WAIT_SECONDS = 15


def _wait_until(app, ready: Callable[[], bool], failure: str) -> None:
    deadline = time.monotonic() + WAIT_SECONDS
    while not ready():
        if time.monotonic() > deadline:
            raise SelfTestFailure(failure)
        app.processEvents()
        time.sleep(0.02)
    for _ in range(5):  # let it paint once
        app.processEvents()


def _cancel_print_dialog(dialog) -> None:
    """Close the print dialog as its Cancel button would. Qt's own dialog (Linux) is a widget;
    Windows' is the system's PrintDlgEx, a window of this thread that only a message closes."""
    if dialog.isVisible():
        dialog.reject()
    if sys.platform == "win32":
        _post_close_to_system_dialogs()


def _post_close_to_system_dialogs() -> None:
    import ctypes
    from ctypes import wintypes

    user32 = ctypes.windll.user32
    kernel32 = ctypes.windll.kernel32
    WM_CLOSE = 0x0010  # noqa: N806  (the Windows name)
    found = []
    proc = ctypes.WINFUNCTYPE(wintypes.BOOL, wintypes.HWND, wintypes.LPARAM)

    def visit(hwnd, _lparam):
        name = ctypes.create_unicode_buffer(64)
        user32.GetClassNameW(hwnd, name, 64)
        if name.value == "#32770" and user32.IsWindowVisible(hwnd):  # the class of a system dialog
            found.append(hwnd)
        return True

    user32.EnumThreadWindows(kernel32.GetCurrentThreadId(), proc(visit), 0)
    for hwnd in found:
        user32.PostMessageW(hwnd, WM_CLOSE, 0, 0)


def _loaded_library(name: str) -> str | None:
    """Where Windows loaded the DLL `name` from (the bundle's _internal or System32); None elsewhere."""
    if sys.platform != "win32":
        return None
    import ctypes
    from ctypes import wintypes

    kernel32 = ctypes.windll.kernel32
    kernel32.GetModuleHandleW.restype = wintypes.HMODULE
    kernel32.GetModuleHandleW.argtypes = [wintypes.LPCWSTR]
    kernel32.GetModuleFileNameW.argtypes = [wintypes.HMODULE, wintypes.LPWSTR, wintypes.DWORD]
    handle = kernel32.GetModuleHandleW(name)
    if not handle:
        return "chưa nạp"
    buffer = ctypes.create_unicode_buffer(1024)
    kernel32.GetModuleFileNameW(handle, buffer, 1024)
    return buffer.value
