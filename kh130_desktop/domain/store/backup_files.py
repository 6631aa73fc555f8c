"""Backup files: how one is written, how it is named, and how the backups folder is rotated.

This stands beneath the engine (it knows a store only by its file's path), so the engine can
back a store up before it migrates it, whoever opened it: the window, the command line, a test.

A backup is a self-contained SQLite file (rollback journal, no -wal beside it) made with
SQLite's online backup API, so it is consistent even while the store is in use. It is
written to a temporary name, checked with `integrity_check`, flushed and only then renamed,
so a crash or a full disk never leaves a half backup under a real name. The store is only read
(glance.ReadView): a backup to a stick works while the store's own disk is full or read-only.

Automatic backups live in `<data dir>/backups/` as `kh130-YYYYMMDD-HHMMSS-<reason>.sqlite3`
(local time), with reason one of daily, migrate, convert (the page size, pages.py), restore,
import, manual (and `damaged` for the raw bytes of a store that could not be backed up properly
before a restore).

Rotation (after every automatic backup), a grandfather-father-son rule over the files of
that folder, newest first; a file is kept if any of these keeps it:
  - it is one of the newest `KEEP_LATEST` (10) backups, whatever their dates;
  - it is the newest backup of one of the newest `KEEP_DAYS` (7) calendar days that have one;
  - it is the newest backup of one of the newest `KEEP_WEEKS` (5) ISO weeks that have one;
  - it is the newest backup of one of the newest `KEEP_MONTHS` (12) months that have one.
Everything else in the folder that matches the name pattern is deleted; other files are never
touched. Backups copied elsewhere (`backups.backup_to`, a USB stick) are never rotated.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import re
import sqlite3
import tempfile
from pathlib import Path

from ..errors import StoreError, t
from .files import _fsync_dir, fsync_file, replace_file
from .glance import ReadView
from .medium import os_fault, probe, sqlite_fault

log = logging.getLogger(__name__)

BACKUP_DIRNAME = "backups"
REASONS = ("daily", "migrate", "convert", "restore", "import", "manual", "damaged")
REASON_LABELS = {
    "daily": "hằng ngày",
    "migrate": "trước khi nâng cấp",
    "convert": "trước khi chuyển đổi tệp dữ liệu",
    "restore": "trước khi khôi phục",
    "import": "trước khi nhận báo cáo",
    "manual": "do người dùng",
    "damaged": "kho bị hỏng (giữ lại)",
}
KEEP_LATEST = 10
KEEP_DAYS = 7
KEEP_WEEKS = 5
KEEP_MONTHS = 12

_NAME = re.compile(r"^kh130-(\d{8})-(\d{6})-([a-z]+)(?:-(\d+))?\.sqlite3$")


class SourceDamagedError(StoreError):
    """The store being backed up is itself damaged (as opposed to the destination failing)."""


# --- names --------------------------------------------------------------------------------


def backups_dir(folder: Path) -> Path:
    return Path(folder) / BACKUP_DIRNAME


def backup_name(reason: str, when: dt.datetime) -> str:
    return f"kh130-{when:%Y%m%d-%H%M%S}-{reason}.sqlite3"


def parse_backup_name(name: str) -> tuple[dt.datetime, str] | None:
    """When a file named by us was made, and why; None for any other name."""
    match = _NAME.match(name)
    if not match:
        return None
    try:
        return dt.datetime.strptime(match[1] + match[2], "%Y%m%d%H%M%S"), match[3]
    except ValueError:
        return None


def named_backups(folder: Path) -> list[tuple[Path, dt.datetime, str]]:
    """Files in `folder` named like our backups, newest first (no file is opened)."""
    found = []
    try:
        entries = list(Path(folder).iterdir())
    except OSError:
        return []
    for path in entries:
        parsed = parse_backup_name(path.name)
        if parsed is None or not path.is_file():
            continue
        found.append((path, *parsed))
    found.sort(key=lambda item: (item[1], int(_NAME.match(item[0].name)[4] or 1)), reverse=True)
    return found


def free_name(folder: Path, name: str) -> Path:
    target = folder / name
    n = 2
    while target.exists():
        target = folder / name.replace(".sqlite3", f"-{n}.sqlite3")
        n += 1
    return target


# --- writing one ----------------------------------------------------------------------------


def write_backup(store_file: Path, reason: str, *, now: dt.datetime | None = None) -> Path:
    """Back the store file up into its folder's `backups/`, then rotate the old ones."""
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    when = now or dt.datetime.now()
    folder = backups_dir(Path(store_file).parent)
    target = free_name(folder, backup_name(reason, when))
    copy_store(Path(store_file), target)
    log.info("backup (%s) written to %s", reason, target)
    try:
        rotate(folder, now=when)
    except OSError:
        log.exception("rotating backups in %s failed", folder)  # the new backup is safe; old ones stay
    return target


def copy_store(store_file: Path, target: Path) -> None:
    """A checked, self-contained copy of the store file at `target`, or nothing there at all."""
    if not store_file.is_file():  # sqlite3.connect would create an empty one and back that up
        raise StoreError(t("Không có kho dữ liệu tại {parent} để sao lưu.", parent=store_file.parent))
    need = _store_bytes(store_file) + 64 * 1024
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        os.close(fd)
    except OSError as exc:
        raise os_fault(exc, target.parent, need=need) from exc
    tmp = Path(tmp_name)
    # A connection of its own: this may run on a worker thread, and pooled sqlite3 connections
    # belong to the thread that made them. A snapshot, when one is needed, goes beside the target.
    view = ReadView(store_file, scratch=target.parent)
    try:
        try:
            raw = view.connect(timeout=30)
        except sqlite3.Error as exc:
            raise _source_error(store_file, exc) from exc
        try:
            dest = sqlite3.connect(tmp)
            try:
                raw.backup(dest)
                # One self-contained file: a backup must not depend on a -wal beside it.
                dest.execute("PRAGMA journal_mode=DELETE")
                problems = integrity_problems(dest, quick=False)
            finally:
                dest.close()
        finally:
            raw.close()
        if problems:
            raise SourceDamagedError(
                "Bản sao lưu vừa tạo không vượt qua kiểm tra toàn vẹn; kho dữ liệu có thể đã hỏng.",
                hint="Khôi phục từ một bản sao lưu cũ hơn, hoặc nhờ cán bộ kỹ thuật kiểm tra.",
            )
        fsync_file(tmp)
        replace_file(tmp, target)  # retried while an antivirus or another program holds it (Windows)
        _fsync_dir(target.parent)
    except OSError as exc:
        _unlink(tmp)
        raise os_fault(exc, target.parent, need=need) from exc
    except sqlite3.Error as exc:
        _unlink(tmp)
        raise _sqlite_write_error(store_file, target, exc, need) from exc
    except BaseException:
        _unlink(tmp)
        raise
    finally:
        view.close()


def integrity_problems(conn: sqlite3.Connection, *, quick: bool) -> list[str]:
    pragma = "quick_check" if quick else "integrity_check"
    rows = [row[0] for row in conn.execute(f"PRAGMA {pragma}")]
    return [] if rows == ["ok"] else rows


def _store_bytes(store_file: Path) -> int:
    size = 0
    for suffix in ("", "-wal"):
        with contextlib.suppress(OSError):
            size += os.stat(f"{store_file}{suffix}").st_size
    return size


def _source_error(store_file: Path, exc: sqlite3.Error) -> StoreError:
    """The store could not be read to back it up: its medium, or its content."""
    return sqlite_fault(exc, store_file.parent) or SourceDamagedError(
        "Kho dữ liệu bị hỏng nên không sao lưu được.", hint="Khôi phục từ bản sao lưu gần nhất.")


def _sqlite_write_error(store_file: Path, target: Path, exc: sqlite3.Error, need: int) -> StoreError:
    """A failed backup: the target's medium (looked at first: the store is only read), or the store."""
    code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
    if code == sqlite3.SQLITE_FULL or "full" in str(exc).lower():
        return sqlite_fault(exc, target.parent, need=need)
    if code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
        return _source_error(store_file, exc)
    fault = probe(target.parent, need=need)
    if fault is not None:
        return fault
    return _source_error(store_file, exc)


def _unlink(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


# --- rotation -------------------------------------------------------------------------------


def rotate(folder: Path, *, now: dt.datetime | None = None) -> list[Path]:
    """Delete the backups the rule in this module's docstring does not keep; returns them."""
    named = named_backups(folder)
    keep: set[Path] = {path for path, _, _ in named[:KEEP_LATEST]}
    for bucket, limit in (
        (lambda d: d.date(), KEEP_DAYS),
        (lambda d: d.isocalendar()[:2], KEEP_WEEKS),
        (lambda d: (d.year, d.month), KEEP_MONTHS),
    ):
        seen: list = []
        for path, created, _ in named:  # newest first: the first of a bucket is its newest
            key = bucket(created)
            if key in seen:
                continue
            if len(seen) >= limit:
                break
            seen.append(key)
            keep.add(path)
    removed = []
    for path, _, _ in named:
        if path not in keep:
            path.unlink()
            removed.append(path)
            log.info("rotated out old backup %s", path)
    return removed
