"""Long work off the UI thread with a progress indicator (Picard's run_task, Anki's ops).

`run_task(parent, label, fn, on_done)` runs `fn(progress)` on the global QThreadPool while a
modal progress dialog shows; `progress(done, total)` may be called from the worker. The
result (or the exception) is delivered to `on_done` / `on_error` back on the UI thread.
Domain work that writes uses its own transaction inside `fn`, so a failure writes nothing.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from .qt import QCoreApplication, QObject, QProgressDialog, QRunnable, Qt, QThreadPool, QTimer, QWidget, Signal

log = logging.getLogger(__name__)


class _Signals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[Callable[[int, int], None]], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = _Signals()
        # Python owns the task and frees it on the UI thread once its result is delivered: with
        # auto-delete, Qt would destroy it (and the QObject whose queued signals are still on
        # their way) on the worker thread.
        self.setAutoDelete(False)

    def run(self) -> None:  # worker thread
        try:
            result = self.fn(lambda done, total: self._emit(self.signals.progress, int(done), int(total)))
        except BaseException as exc:  # delivered to the UI thread, never lost
            log.error("background task failed:\n%s", traceback.format_exc())
            self._emit(self.signals.failed, exc)
        else:
            self._emit(self.signals.finished, result)

    @staticmethod
    def _emit(signal, *args) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:  # the application is closing and the receiver is gone (ui/app.py waits)
            log.info("a background task finished after its window was closed")


_running: set[_Task] = set()


def run_task(parent: QWidget | None, label: str, fn: Callable[[Callable[[int, int], None]], Any],
             on_done: Callable[[Any], None], on_error: Callable[[BaseException], None] | None = None,
             *, show_after_ms: int = 300) -> QProgressDialog:
    """Run `fn(progress)` off the UI thread; a progress dialog appears if it takes a moment."""
    dialog = QProgressDialog(label, "", 0, 0, parent)
    dialog.setWindowTitle(QCoreApplication.translate("tasks", "Đang xử lý"))
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModal)
    dialog.setMinimumDuration(show_after_ms)
    dialog.setAutoClose(False)
    task = _Task(fn)
    _running.add(task)

    def progress(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total else 0)

    def finish(result: Any) -> None:
        dialog.close()
        QTimer.singleShot(0, lambda: _running.discard(task))  # after this slot has returned
        on_done(result)

    def fail(exc: BaseException) -> None:
        dialog.close()
        QTimer.singleShot(0, lambda: _running.discard(task))
        if on_error is not None:
            on_error(exc)
        else:
            raise exc

    task.signals.progress.connect(progress)
    task.signals.finished.connect(finish)
    task.signals.failed.connect(fail)
    QThreadPool.globalInstance().start(task)
    return dialog
