"""Logging to a rotating file in the platformdirs log dir: where tracebacks go, never to a dialog.

A frozen windowed Windows build has `sys.stdout` and `sys.stderr` set to None, so nothing here
writes to them; hard crashes of the interpreter (faulthandler) go to a file of their own.
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


def setup_logging(log_dir: Path | None = None, *, level: int = logging.INFO) -> Path:
    """Send the root logger to `<log dir>/kh130.log` (rotated); returns the log file's path.

    Calling it again moves the log to the new folder. If the folder cannot be written, the log
    goes to the temporary folder instead: a program that cannot log must still start.
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
    _handler = handler
    if handler is not None:
        handler.setFormatter(logging.Formatter(_FORMAT))
        root.addHandler(handler)
    root.setLevel(level)
    logging.captureWarnings(True)
    if sys.stderr is None:
        # logging reports its own failures to sys.stderr; there is none in a windowed build.
        logging.raiseExceptions = False
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

    def emit(self, record: logging.LogRecord) -> None:  # called with the handler's lock held
        try:
            if self.stream is not None and self.stream.tell() >= self.max_bytes:
                self._rotate()
        except OSError:  # e.g. another process holds kh130.log.1 open on Windows: keep writing
            pass
        super().emit(record)

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
