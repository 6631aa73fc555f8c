"""Restoring a backup: the chosen file replaces the store, or nothing changes at all.

The chosen file is checked on a private copy (backup_check.py), that copy is migrated forward
if it is older than this build, the current store is backed up, and only then is the copy
renamed over the store. Any refusal leaves the current store as it was; the chosen file is
only ever read. A restore killed midway leaves its working folder `.restore-*` (and maybe a
temporary backup file), which the next start removes (leftovers.py).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

from ..errors import StoreError, t
from .backup_check import checked_copy
from .backup_files import SourceDamagedError, backup_name, backups_dir, free_name, write_backup
from .engine import Store, make_engine
from .files import _fsync_dir, fsync_file, replace_file
from .glance import STORE_FILENAME
from .lock import StoreLockedError, current_holder
from .medium import check_folder, os_fault

log = logging.getLogger(__name__)


def restore(folder: Path, source: Path, *, now: dt.datetime | None = None) -> Path:
    """Replace the store in `folder` with the backup `source`; returns the store's path.

    The caller must have disposed of any open Store on `folder` first, and reopens it after.
    Refusals raise StoreError and leave the current store exactly as it was.
    """
    folder = Path(folder)
    source = Path(source)
    store_path = folder / STORE_FILENAME
    check_folder(folder)
    holder = current_holder(folder)
    if holder is not None and not holder.here:  # the caller holds the lock, or nobody does
        raise StoreLockedError(folder, holder)
    need = 2 * _size(source)  # the working copy, and the backup of the current store
    try:
        folder.mkdir(parents=True, exist_ok=True)
        workdir = Path(tempfile.mkdtemp(prefix=".restore-", dir=folder))
    except OSError as exc:
        raise os_fault(exc, folder, need=need) from exc
    try:
        copy, info = checked_copy(source, workdir)
        _migrate_copy(copy, source.name)
        fsync_file(copy)
        if store_path.exists():
            _backup_current(folder, now=now)
            _retire_wal(store_path)
        try:
            replace_file(copy, store_path)  # another KH130 window may hold the store open (Windows)
            _fsync_dir(folder)
        except OSError as exc:
            raise os_fault(exc, folder, need=need) from exc
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    log.info("store in %s restored from %s (revision %s, %s members)", folder, source, info.revision, info.member_count)
    return store_path


def _migrate_copy(copy: Path, name: str) -> None:
    """Bring the checked copy to this build's schema, then make sure it has every table and column."""
    store = Store(make_engine(f"sqlite:///{copy}"), copy)
    try:
        if store.needs_upgrade():
            # No migrate backup of the copy: it is scratch, and the chosen file it was copied
            # from, never written, is the store as it was before this migration.
            store.upgrade(backup=False)
        with store.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.exec_driver_sql("PRAGMA journal_mode=DELETE")
            missing = _missing_columns(conn)
    except StoreError:
        raise
    except Exception as exc:  # a crafted file can break a migration in many ways; all are refusals
        log.exception("upgrading the backup %s failed", name)
        raise StoreError(t("Không nâng cấp được bản sao lưu {name} lên phiên bản hiện tại.", name=name),
                         hint="Chọn một bản sao lưu khác; kho dữ liệu hiện tại không bị thay đổi.") from exc
    finally:
        store.dispose()
    if missing:
        log.warning("backup %s lacks %s", name, missing[:10])
        raise StoreError(t("Tệp {name} không đúng cấu trúc dữ liệu KH130 (thiếu {tables}).", name=name, tables=', '.join(missing[:3])),
                         hint="Chọn một bản sao lưu khác; kho dữ liệu hiện tại không bị thay đổi.")


def _missing_columns(conn) -> list[str]:
    """Tables or columns this build's models need that the file lacks (an edited or foreign file)."""
    from sqlalchemy import inspect as sa_inspect
    from sqlmodel import SQLModel

    inspector = sa_inspect(conn)
    present = set(inspector.get_table_names())
    missing = []
    for table in SQLModel.metadata.sorted_tables:
        if table.name not in present:
            missing.append(table.name)
            continue
        columns = {col["name"] for col in inspector.get_columns(table.name)}
        missing += [f"{table.name}.{col.name}" for col in table.columns if col.name not in columns]
    return missing


def _backup_current(folder: Path, *, now: dt.datetime | None) -> Path:
    """Back the current store up before it is replaced; if it is too damaged for that, keep its bytes."""
    try:
        return write_backup(folder / STORE_FILENAME, "restore", now=now)
    except SourceDamagedError as exc:
        log.info("current store could not be backed up (%s); keeping its raw bytes", exc)
    return _keep_damaged(folder, now=now)


def _keep_damaged(folder: Path, *, now: dt.datetime | None) -> Path:
    """The damaged store's bytes (and its -wal) in `backups/`, each under its real name only once whole."""
    target = free_name(backups_dir(folder), backup_name("damaged", now or dt.datetime.now()))
    wal = folder / f"{STORE_FILENAME}-wal"
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        if wal.exists():  # first: a -wal beside a whole file under a real name must be its own
            _copy_whole(wal, Path(f"{target}-wal"))
        _copy_whole(folder / STORE_FILENAME, target)
    except OSError as exc:
        raise os_fault(exc, target.parent, need=_size(folder / STORE_FILENAME) + _size(wal)) from exc
    return target


def _copy_whole(source: Path, target: Path) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    try:
        shutil.copyfile(source, tmp)
        fsync_file(Path(tmp))
        replace_file(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _retire_wal(store_path: Path) -> None:
    """Fold the current store's -wal into it, then delete -wal/-shm.

    A -wal left beside the restored file would be replayed onto it by SQLite: stale pages of
    the old store written into the new one.
    """
    with contextlib.suppress(sqlite3.Error):
        conn = sqlite3.connect(store_path)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.execute("PRAGMA journal_mode=DELETE")
        finally:
            conn.close()
    for suffix in ("-wal", "-shm", "-journal"):
        try:
            Path(f"{store_path}{suffix}").unlink(missing_ok=True)
        except OSError as exc:
            raise os_fault(exc, store_path.parent) from exc
