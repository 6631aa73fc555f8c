"""Logging to a rotating file in the platformdirs log dir: where tracebacks go, never to a dialog.

A frozen windowed Windows build has `sys.stdout` and `sys.stderr` set to None, so nothing here
writes to them; hard crashes of the interpreter (faulthandler) go to a file of their own.

A log that cannot be written (a full disk, a stick pulled out) costs its records, never the
program's work nor a traceback on stderr: the handler drops them quietly, counts them, and says
how many were lost once it can write again.
"""

from __future__ import annotations

import faulthandler
import logging
import os
import sys
import tempfile
from pathlib import Path

LOG_FILENAME = "kh130.log"
CRASH_FILENAME = "crash.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(process)d]: %(message)s"

_handler: logging.Handler | None = None
_crash_file = None


def setup_logging(log_dir: Path | None = None, *, level: int = logging.INFO, crash_log: bool = True) -> Path:
    """Send the root logger to `<log dir>/kh130.log` (rotated); returns the log file's path.

    Calling it again moves the log to the new folder. If the folder cannot be written, the log
    goes to the temporary folder instead: a program that cannot log must still start. Hard
    crashes go to crash.log beside it unless `crash_log` is False (a command: its stderr).
    """
    global _handler
    from .paths import log_dir as default_log_dir

    folder = Path(log_dir) if log_dir is not None else default_log_dir()
    handler, path = _file_handler(folder)
    if handler is None:
        handler, path = _file_handler(Path(tempfile.gettempdir()) / "kh130-logs")
    root = logging.getLogger()
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
    if handler is None:  # nowhere to write: nothing, rather than logging's last resort on stderr
        handler = logging.NullHandler()
    _handler = handler
    handler.setFormatter(logging.Formatter(_FORMAT))
    root.addHandler(handler)
    root.setLevel(level)
    logging.captureWarnings(True)
    if sys.stderr is None:
        # logging reports its own failures to sys.stderr; there is none in a windowed build.
        logging.raiseExceptions = False
    if crash_log:
        _enable_faulthandler(path.parent)
    logging.getLogger(__name__).info("log started (Python %s)", sys.version.split()[0])
    return path


def current_log_file() -> Path | None:
    if isinstance(_handler, logging.FileHandler):
        return Path(_handler.baseFilename)
    return None


def _file_handler(folder: Path) -> tuple[logging.Handler | None, Path]:
    path = folder / LOG_FILENAME
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = RotatingFile(path)
    except OSError:
        return None, path
    return handler, path


class RotatingFile(logging.FileHandler):
    """`logging.handlers.RotatingFileHandler`'s scheme (kh130.log, then .1 … .5, oldest dropped),
    without importing logging.handlers: it pulls in socket, pickle and queue, ~15 ms before
    the window can show (bench/startup.py)."""

    def __init__(self, path: Path, max_bytes: int = MAX_BYTES, backups: int = BACKUP_COUNT) -> None:
        super().__init__(path, encoding="utf-8")
        self.max_bytes = max_bytes
        self.backups = backups
        self.dropped = 0  # records lost since the log could last be written

    def emit(self, record: logging.LogRecord) -> None:  # called with the handler's lock held
        try:
            if self.stream is not None and self.stream.tell() >= self.max_bytes:
                self._rotate()
        except OSError:  # e.g. another process holds kh130.log.1 open on Windows: keep writing
            pass
        if self.dropped:
            lost, self.dropped = self.dropped, 0
            self._write(logging.makeLogRecord({
                "name": __name__, "levelno": logging.WARNING, "levelname": "WARNING",
                "msg": "%d log records were lost: the log file could not be written", "args": (lost,)}))
            if self.dropped:  # still cannot write
                self.dropped = lost + 1
                return
        self._write(record)

    def _write(self, record: logging.LogRecord) -> None:
        try:
            if self.stream is None:  # FileHandler.emit would open it outside its own try
                self.stream = self._open()
            logging.StreamHandler.emit(self, record)
        except OSError:
            self.handleError(record)

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 (logging's name)
        if isinstance(sys.exc_info()[1], OSError):
            self.dropped += 1
            # Reopened for the next record: there may be room again by then.
            stream, self.stream = self.stream, None
            if stream is not None:
                try:
                    stream.close()
                except OSError:
                    pass
            return
        super().handleError(record)

    def _rotate(self) -> None:
        self.stream.close()
        self.stream = None  # reopened by FileHandler.emit
        base = self.baseFilename
        for index in range(self.backups - 1, 0, -1):
            if os.path.exists(f"{base}.{index}"):
                os.replace(f"{base}.{index}", f"{base}.{index + 1}")
        os.replace(base, f"{base}.1")


def _enable_faulthandler(folder: Path) -> None:
    global _crash_file
    try:
        crash = open(folder / CRASH_FILENAME, "a", encoding="utf-8")  # noqa: SIM115  (kept open on purpose)
    except OSError:
        return
    faulthandler.enable(file=crash)
    if _crash_file is not None:
        _crash_file.close()
    _crash_file = crash
