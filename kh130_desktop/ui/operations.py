"""Every write from the window: one serial worker, a progress dialog when it is long, and typed
change notices (Anki's CollectionOp and OpChanges over its one background executor; Picard's
run_task for delivering results on the UI thread).

    ctx.write(Changes.MEMBERS, roster.add_member, data, parent=self,
              on_done=self._saved, on_error=self.errors.show)

runs `roster.add_member(tx, data)` in one transaction (domain/store/actions.py) on the worker
thread. Its arguments are evaluated on the UI thread before it is queued: a write never reads a
widget. On success the context announces `Changes.MEMBERS` (every page that watches members
refreshes) and then `on_done(result)` runs on the UI thread; on a failure nothing was written
and `on_error(exc)` runs there, or, without one, a DomainError is shown (`show_error`) and any
other exception goes to the unhandled-error hook (ui/recovery.py). A callback whose `parent`
was closed meanwhile is dropped (the change is still announced, an error still shown). If the
work takes longer than `SHOW_AFTER_MS`, a modal progress dialog says what is going on.

Writes run one after the other in the order they were asked for, never two at once, never on
the UI thread. Long work that is not a single transaction (an import of report files, a backup,
a restore, a signed export) goes on the same worker with `ctx.task(fn, ...)`: `fn(progress)`,
where `progress(done, total)` may be called from the worker to move the dialog's bar.

`run_task` is the same delivery on Qt's global pool, for background work that writes nothing
to the store (opening the store at start, making a PDF to preview, parsing a roster file).
"""

from __future__ import annotations

import enum
import logging
import sys
from collections.abc import Callable
from typing import Any

from ..domain.errors import DomainError
from .qt import QCoreApplication, QEventLoop, QObject, QProgressDialog, QRunnable, QThreadPool, QTimer, QWidget, Signal, isValid

log = logging.getLogger(__name__)

SHOW_AFTER_MS = 300  # quicker than this, a progress dialog would only flicker

Progress = Callable[[int, int], None]


class Changes(enum.Flag):
    """What an operation changed: a page refreshes only for what it shows (Anki's OpChanges)."""

    NONE = 0
    CELL = 1
    MEMBERS = 2
    SESSIONS = 4
    ATTENDANCE = 8
    PLEDGES = 16
    PLAN = 32
    RECEIVING = 64
    EXPORTS = 128
    MODE = 256
    ALL = 511  # the store was replaced or filled at once (a restore, the demo cell)


class Job:
    """One piece of work on its way: what to run, and what to do with its outcome."""

    def __init__(self, work: Callable[[Progress], Any], *, changes: Changes, parent: QWidget | None,
                 label: str | None, on_done: Callable[[Any], None] | None,
                 on_error: Callable[[BaseException], None] | None, show_after_ms: int) -> None:
        self.work = work
        self.changes = changes
        self.parent = parent
        self.label = label
        self.on_done = on_done
        self.on_error = on_error
        self.show_after_ms = show_after_ms
        self.result: Any = None
        self.error: BaseException | None = None
        self.finished = False
        self.progress: tuple[int, int] | None = None
        self.dialog: QProgressDialog | None = None


class _Runnable(QRunnable):
    def __init__(self, runner: _Runner, job: Job) -> None:
        super().__init__()
        self.runner = runner
        self.job = job
        # Python holds the runnable until its outcome is delivered on the UI thread.
        self.setAutoDelete(False)

    def run(self) -> None:  # the worker thread
        job, runner = self.job, self.runner
        runner._emit(runner._started, job)
        try:
            job.result = job.work(lambda done, total: runner._emit(runner._progressed, job, int(done), int(total)))
        except BaseException as exc:  # delivered to the UI thread, never lost
            job.error = exc
        runner._emit(runner._finished, self)


class _Runner(QObject):
    """Runs jobs on a thread pool and delivers their outcomes on the UI thread (where it lives)."""

    _started = Signal(object)
    _progressed = Signal(object, int, int)
    _finished = Signal(object)

    def __init__(self, pool: QThreadPool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = pool
        self._held: set[_Runnable] = set()
        self._unfinished = 0
        self._when_idle: list[Callable[[], None]] = []
        self._started.connect(self._on_started)
        self._progressed.connect(self._on_progress)
        self._finished.connect(self._on_finished)

    def submit(self, job: Job) -> Job:
        runnable = _Runnable(self, job)
        self._held.add(runnable)
        self._unfinished += 1
        self._pool.start(runnable)
        return job

    # --- waiting ----------------------------------------------------------------------------
    def idle(self) -> bool:
        """Nothing queued or running, and every outcome delivered."""
        return self._unfinished == 0

    def when_idle(self, fn: Callable[[], None]) -> None:
        """Call `fn` on the UI thread once the work asked for so far is done (now, if it is)."""
        if self.idle():
            fn()
        else:
            self._when_idle.append(fn)

    def wait_idle(self, msecs: int = 60_000) -> bool:
        """Wait, delivering outcomes but not the user's clicks and keys, until `idle()` (or
        `msecs` have passed): for closing the window once its work is written."""
        if self.idle():
            return True
        loop = QEventLoop()
        self.when_idle(loop.quit)
        QTimer.singleShot(msecs, loop.quit)
        loop.exec(QEventLoop.ExcludeUserInputEvents)
        return self.idle()

    def wait_for_done(self, msecs: int) -> bool:
        """Block until the worker has finished (at exit, before the store is closed); outcomes
        not yet delivered are not delivered."""
        return self._pool.waitForDone(msecs)

    # --- on the UI thread -------------------------------------------------------------------
    @staticmethod
    def _emit(signal, *args) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:  # the application is closing and the runner is gone (ui/app.py waits)
            log.info("background work finished after the window was closed")

    def _on_started(self, job: Job) -> None:
        if job.show_after_ms >= 0:
            QTimer.singleShot(job.show_after_ms, lambda: self._show_progress(job))

    def _show_progress(self, job: Job) -> None:
        if job.finished:
            return
        parent = job.parent if _alive(job.parent) else None
        label = job.label or QCoreApplication.translate("Operations", "Đang lưu dữ liệu…")
        dialog = QProgressDialog(label, "", 0, 0, parent)
        dialog.setWindowTitle(QCoreApplication.translate("Operations", "Đang xử lý"))
        dialog.setCancelButton(None)
        dialog.setWindowModality(_modality(parent))
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        job.dialog = dialog
        if job.progress is not None:
            self._on_progress(job, *job.progress)
        dialog.show()

    def _on_progress(self, job: Job, done: int, total: int) -> None:
        job.progress = (done, total)
        if job.dialog is not None:
            job.dialog.setMaximum(max(total, 0))
            job.dialog.setValue(min(done, total) if total else 0)

    def _on_finished(self, runnable: _Runnable) -> None:
        job = runnable.job
        job.finished = True
        QTimer.singleShot(0, lambda: self._held.discard(runnable))  # after this slot has returned
        if job.dialog is not None:
            job.dialog.close()
            job.dialog.deleteLater()
            job.dialog = None
        try:
            self._deliver(job)
        finally:
            self._unfinished -= 1
            if self.idle():
                waiting, self._when_idle = self._when_idle, []
                for fn in waiting:
                    fn()

    def _deliver(self, job: Job) -> None:
        # A callback of a window closed meanwhile would touch deleted widgets: the outcome is
        # still announced, and a failure still shown.
        caller_alive = job.parent is None or _alive(job.parent)
        if job.error is None:
            self._announce(job.changes)
            if job.on_done is not None and caller_alive:
                job.on_done(job.result)
            return
        if job.on_error is not None and caller_alive:
            job.on_error(job.error)
        elif isinstance(job.error, DomainError):
            from .common import show_error

            show_error(job.parent if caller_alive else None, job.error)
        else:  # a bug: logged with its traceback and told as any unhandled error (ui/recovery.py)
            sys.excepthook(type(job.error), job.error, job.error.__traceback__)

    def _announce(self, changes: Changes) -> None:
        pass


class Operations(_Runner):
    """The context's one writer: a pool of a single thread (`ctx.operations`)."""

    def __init__(self, ctx) -> None:
        pool = QThreadPool()
        pool.setMaxThreadCount(1)  # never two writers at once; jobs start in the order queued
        super().__init__(pool, ctx)
        pool.setParent(self)
        self._ctx = ctx

    def write(self, changes: Changes, fn: Callable[..., Any], *args: Any, parent: QWidget | None = None,
              label: str | None = None, on_done: Callable[[Any], None] | None = None,
              on_error: Callable[[BaseException], None] | None = None) -> Job:
        """`fn(tx, *args)` in one transaction on the worker; then `changes` are announced."""
        from ..domain.store.actions import perform

        ctx = self._ctx  # the store is looked up when the job runs: a restore replaces it
        return self.submit(Job(lambda _progress: perform(ctx.store, fn, *args), changes=changes, parent=parent,
                               label=label, on_done=on_done, on_error=on_error, show_after_ms=SHOW_AFTER_MS))

    def task(self, fn: Callable[[Progress], Any], *, changes: Changes = Changes.NONE, parent: QWidget | None = None,
             label: str | None = None, on_done: Callable[[Any], None] | None = None,
             on_error: Callable[[BaseException], None] | None = None) -> Job:
        """Long work on the worker, `fn(progress)`, which opens its own transactions."""
        return self.submit(Job(fn, changes=changes, parent=parent, label=label, on_done=on_done,
                               on_error=on_error, show_after_ms=SHOW_AFTER_MS))

    def _announce(self, changes: Changes) -> None:
        if changes:
            self._ctx.changed.emit(changes)


_background: _Runner | None = None


def run_task(parent: QWidget | None, label: str, fn: Callable[[Progress], Any], on_done: Callable[[Any], None],
             on_error: Callable[[BaseException], None] | None = None, *, show_after_ms: int = SHOW_AFTER_MS) -> Job:
    """Run `fn(progress)` on Qt's global pool (work that writes nothing to the store); the
    outcome comes back on the UI thread, and a progress dialog appears if it takes a moment."""
    global _background
    if _background is None:
        _background = _Runner(QThreadPool.globalInstance())
    return _background.submit(Job(fn, changes=Changes.NONE, parent=parent, label=label, on_done=on_done,
                                  on_error=on_error, show_after_ms=show_after_ms))


def _alive(widget: QWidget | None) -> bool:
    return widget is not None and isValid(widget)


def _modality(parent: QWidget | None):
    from .qt import Qt  # first touched here, not at import: Qt's namespace costs ~40 ms (startup)

    return Qt.WindowModal if parent is not None else Qt.ApplicationModal
