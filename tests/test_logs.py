"""The log file keeps the last few megabytes of history: rotated, never grown without bound."""

from __future__ import annotations

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
