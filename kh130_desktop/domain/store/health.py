"""The check at every start: a damaged store is reported, never opened as if it were empty.

SQLite treats a missing or zero-length file as a new database, and SQLAlchemy plus Alembic
would then happily create empty tables in it: the user would see an empty cell and might
start typing over the ruins. So before `Store.open`, the file is looked at directly: its
header, whether it is one of ours, and SQLite's `quick_check` (glance.py).

Only damage to the file's content is reported as damage (with a backup to restore): a full
disk, a read-only medium, missing permissions, a folder that is a file, are named as what they
are (medium.py), since restoring a backup mends none of them. Before a store is opened to
write, its folder's lock is taken (lock.py), what interrupted work left is removed, and a
`-wal` left by a program that died is copied as evidence before SQLite folds it in
(leftovers.py).
"""

from __future__ import annotations

import logging
from pathlib import Path

from .backups import newest_good_backup
from ..errors import StoreError, t
from .engine import STORE_FILENAME, Store
from .glance import EMPTY_FILE, OUR_WORDS, diagnose
from .leftovers import UncleanStop, clean_leftovers, keep_wal_evidence, roll_back_journal
from .lock import StoreLock, acquire, held_elsewhere
from .medium import check_folder, probe, store_space_needed

log = logging.getLogger(__name__)


class StoreDamagedError(StoreError):
    """The store file exists but cannot be trusted; `newest_good_backup` is what to offer."""

    def __init__(self, message: str, *, hint: str = "", path: Path | None = None, reason: str = "",
                 newest_good_backup: Path | None = None, problems: list[str] | None = None) -> None:
        super().__init__(message, hint=hint)
        self.path = path
        self.reason = reason  # in Vietnamese, for the user
        self.newest_good_backup = newest_good_backup
        self.problems = problems or []  # SQLite's own words, for the log


STRUCTURE_DAMAGED = t("SQLite phát hiện lỗi trong cấu trúc tệp (có thể do mất điện, ổ đĩa lỗi hoặc tệp bị ghi đè)")


def open_store_checked(folder: Path, *, lock: StoreLock | None = None, read_only: bool = False,
                       program: str = "KH130") -> Store:
    """Open (and upgrade) the store in `folder` after checking it.

    Raises StoreDamagedError when the file's content is damaged, lock.StoreLockedError when
    another program holds the folder (`.holder` says who), medium.MediumError when the folder or
    its medium keeps the store from being used (`.readable`: a read-only open may still work).

    To write, the folder's lock is needed: pass the `lock` the caller holds (acquired with
    lock.acquire), or the lock is taken here for `program` and released by `store.dispose()`.
    With `read_only`, the store is opened as it is, for reading only (Store.open(read_only=True)):
    no lock, no migration, nothing written in the folder.
    """
    folder = Path(folder)
    check_folder(folder, must_exist=read_only)
    if read_only:
        _raise_if_damaged(folder)
        return Store.open(folder, read_only=True)
    owned = None
    if lock is None:
        lock = owned = acquire(folder, program)
    try:
        unclean = _tidy(folder)
        fault = probe(folder, need=store_space_needed(folder)) if folder.is_dir() else None
        if fault is not None:
            raise fault
        _raise_if_damaged(folder)
        store = Store.open(folder)
    except BaseException:
        if owned is not None:
            owned.release()
        raise
    store.unclean_stop = unclean
    store._owned_lock = owned
    return store


def _tidy(folder: Path) -> UncleanStop | None:
    """With no other program at work in the folder (the lock) and no store open on it in this
    process: remove what interrupted work left, roll back a rewrite stopped midway, keep a copy
    of a -wal left by a death."""
    if held_elsewhere(folder) or Store.open_here(folder / STORE_FILENAME):
        return None
    clean_leftovers(folder)
    roll_back_journal(folder)
    return keep_wal_evidence(folder)


def _raise_if_damaged(folder: Path) -> None:
    path = folder / STORE_FILENAME
    problems = diagnose(folder)
    if problems == [EMPTY_FILE] and newest_good_backup(folder) is None:
        # A crash between creating the file and the first commit: nothing was ever in it.
        problems = []
    if problems:
        backup = newest_good_backup(folder)
        log.info("store %s is damaged: %s; newest good backup: %s", path, problems[:5], backup)
        hint = (f"Có thể khôi phục bản sao lưu gần nhất ({backup.name})." if backup
                else "Không tìm thấy bản sao lưu tốt trong thư mục dữ liệu; hãy khôi phục từ một tệp sao lưu khác (ví dụ trên USB).")
        reason = problems[0] if problems[0] in OUR_WORDS else STRUCTURE_DAMAGED
        raise StoreDamagedError(
            t("Kho dữ liệu bị hỏng: {reason}.", reason=reason), hint=hint,
            path=path, reason=reason, newest_good_backup=backup, problems=problems,
        )
