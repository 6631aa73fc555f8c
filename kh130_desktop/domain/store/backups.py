"""Backups of the store as the clerk meets them: one made now, one to a USB stick, the daily one,
and the list of those kept, each checked. The only copy of a cell's years of records.

The parts: backup_files.py writes, names and rotates backup files (beneath the engine, which
backs a store up before migrating it); backup_check.py checks a file that claims to be a
backup; restore.py puts one back.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import Protocol

from ..errors import StoreError, t
from .backup_check import BackupInfo, describe_backup, inspect_backup
from .backup_files import backup_name, backups_dir, copy_store, free_name, named_backups, write_backup
from .medium import check_folder
from .restore import restore

log = logging.getLogger(__name__)

# Named here for ui/recovery.py, which imports them from this module with the rest.
__all__ = ["BackupInfo", "backup_file_to", "backup_now", "backup_to", "backups_dir", "inspect_backup", "list_backups",
           "maybe_daily_backup", "newest_good_backup", "restore"]


class _FileStore(Protocol):
    """A store as far as backing it up goes (`engine.Store`): its file, or None in memory."""

    path: Path | None


def _file_of(store: _FileStore) -> Path:
    if store.path is None:
        raise StoreError("Kho dữ liệu trong bộ nhớ không sao lưu được.")
    return store.path


def backup_now(store: _FileStore, reason: str, *, now: dt.datetime | None = None) -> Path:
    """Back the store up into its folder's `backups/`, then rotate the old ones."""
    return write_backup(_file_of(store), reason, now=now)


def backup_to(store: _FileStore, dest: Path, *, now: dt.datetime | None = None) -> Path:
    """Back the store up to a chosen place: into `dest` if it is a folder, else as the file `dest`."""
    return backup_file_to(_file_of(store), dest, now=now)


def backup_file_to(store_file: Path, dest: Path, *, now: dt.datetime | None = None) -> Path:
    """Back the store file up to a chosen place, without opening it as a Store (so without
    writing a byte beside it: this works while the store's own disk is full or read-only).
    Into `dest` if it is a folder; else as exactly the file `dest`, with `.sqlite3` added only
    when its name has no extension at all. Returns the file written."""
    dest = Path(dest)
    if dest.is_dir():
        dest = free_name(dest, backup_name("manual", now or dt.datetime.now()))
    elif not dest.suffix:
        dest = dest.with_name(dest.name + ".sqlite3")
    store_file = Path(store_file)
    if _same_file(dest, store_file) or any(_same_file(dest, Path(f"{store_file}{s}")) for s in ("-wal", "-shm", "-journal")):
        raise StoreError(t("Không sao lưu được vào chính kho dữ liệu {name}.", name=dest.name),
                         hint=t("Chọn một tệp hoặc thư mục khác, ví dụ trên USB."))
    copy_store(store_file, dest)
    log.info("backup written to %s", dest)
    return dest


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def maybe_daily_backup(store: _FileStore, *, now: dt.datetime | None = None) -> Path | None:
    """At start: back up when the newest backup is more than a day old (or there is none).
    Never for a store opened read-only: the program that holds it backs it up."""
    if store.path is None or getattr(store, "read_only", False):
        return None
    now = now or dt.datetime.now()
    newest = max((created for _, created, _ in named_backups(backups_dir(store.path.parent))), default=None)
    if newest is not None and now - newest < dt.timedelta(days=1):
        return None
    return backup_now(store, "daily", now=now)


def list_backups(folder: Path) -> list[BackupInfo]:
    """The backups in `folder` (a data dir's `backups/`, or any folder), newest first, each checked.

    Each file is copied and fully integrity-checked (milliseconds for a cell's store, seconds for
    a large receiving store): call it off the UI thread when the folder may be big.
    """
    return [describe_backup(path, created, reason) for path, created, reason in named_backups(folder)]


def list_data_folder_backups(data_folder: Path) -> list[BackupInfo]:
    """`list_backups` of a data folder's `backups/`, raising medium.MediumError when the data
    folder is missing, is a file, or cannot be read (rather than saying there are none)."""
    check_folder(data_folder, must_exist=True)
    folder = backups_dir(data_folder)
    if folder.exists() or folder.is_symlink():
        check_folder(folder, must_exist=True)
    return list_backups(folder)


def newest_good_backup(data_folder: Path) -> Path | None:
    """The newest backup of a data dir that passes its checks (never a kept damaged store)."""
    for path, created, reason in named_backups(backups_dir(data_folder)):
        if reason == "damaged":
            continue
        if describe_backup(path, created, reason).ok:
            return path
    return None
