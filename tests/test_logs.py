"""The log file keeps the last few megabytes of history: rotated, never grown without bound."""

from __future__ import annotations

import errno
import logging

from kh130_desktop.logs import RotatingFile


def test_the_log_rotates_and_keeps_five_old_files(tmp_path):
    handler = RotatingFile(tmp_path / "kh130.log", max_bytes=2_000, backups=5)
    handler.setFormatter(logging.Formatter("%(message)s"))
    logger = logging.getLogger("test_logs.rotation")
    logger.propagate = False
    logger.addHandler(handler)
    try:
        for n in range(400):  # ~40 kB: enough for more rotations than files kept
            logger.warning("dòng nhật ký số %04d %s", n, "x" * 80)
    finally:
        logger.removeHandler(handler)
        handler.close()
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["kh130.log", "kh130.log.1", "kh130.log.2", "kh130.log.3", "kh130.log.4", "kh130.log.5"]
    assert all(p.stat().st_size <= 2_000 + 200 for p in tmp_path.iterdir())
    current = (tmp_path / "kh130.log").read_text(encoding="utf-8")
    assert "dòng nhật ký số 0399" in current
    previous = (tmp_path / "kh130.log.1").read_text(encoding="utf-8").splitlines()
    newest_number = int(current.splitlines()[0].split()[4])
    assert int(previous[-1].split()[4]) == newest_number - 1  # nothing lost between the files


def _logger(name: str, handler: logging.Handler) -> logging.Logger:
    logger = logging.getLogger(name)
    logger.propagate = False
    logger.handlers[:] = [handler]
    return logger


class _OnAFullDisk:
    """A log file's stream on a disk that filled up: writes fail while `disk["full"]`."""

    def __init__(self, stream, disk: dict):
        self.stream, self.disk = stream, disk

    def write(self, text):
        if self.disk["full"]:
            raise OSError(errno.ENOSPC, "No space left on device")
        return self.stream.write(text)

    def __getattr__(self, name):
        return getattr(self.stream, name)


def test_a_log_that_cannot_be_written_drops_records_quietly_and_says_so_later(tmp_path, capsys, monkeypatch):
    disk = {"full": True}
    handler = RotatingFile(tmp_path / "kh130.log")
    handler.setFormatter(logging.Formatter("%(message)s"))
    handler.stream = _OnAFullDisk(handler.stream, disk)
    really_open = handler._open
    monkeypatch.setattr(handler, "_open", lambda: _OnAFullDisk(really_open(), disk))
    logger = _logger("test_logs.full", handler)
    monkeypatch.setattr(logging, "raiseExceptions", True)  # as in a console build: stderr exists
    try:
        for n in range(5):
            logger.warning("dòng %d", n)
        assert handler.dropped == 5
        disk["full"] = False  # room again
        logger.warning("dòng sau")
    finally:
        handler.close()
    assert capsys.readouterr().err == ""  # no "--- Logging error ---", no traceback
    lines = (tmp_path / "kh130.log").read_text(encoding="utf-8").splitlines()
    assert lines == ["5 log records were lost: the log file could not be written", "dòng sau"]


def test_setup_logging_with_nowhere_to_write_logs_to_nothing(tmp_path, monkeypatch, capsys):
    from kh130_desktop import logs

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setattr(logs.tempfile, "gettempdir", lambda: str(blocker))
    root = logging.getLogger()
    before = list(root.handlers)
    try:
        logs.setup_logging(blocker / "logs", crash_log=False)
        assert isinstance(logs._handler, logging.NullHandler)
        logging.getLogger("test_logs.nowhere").error("không ghi được đâu cả")
    finally:
        root.removeHandler(logs._handler)
        logs._handler = None
        assert root.handlers == before
    assert "không ghi được đâu cả" not in capsys.readouterr().err
