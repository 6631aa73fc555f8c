"""Backups of the store, and restoring one: the only copy of a cell's years of records.

A backup is a self-contained SQLite file (rollback journal, no -wal beside it) made with
SQLite's online backup API, so it is consistent even while the store is in use. It is
written to a temporary name, checked with `integrity_check`, flushed and only then renamed,
so a crash or a full disk never leaves a half backup under a real name.

Automatic backups live in `<data dir>/backups/` as `kh130-YYYYMMDD-HHMMSS-<reason>.sqlite3`
(local time), with reason one of daily, migrate, restore, import, manual (and `damaged` for
the raw bytes of a store that could not be backed up properly before a restore).

Rotation (after every automatic backup), a grandfather-father-son rule over the files of
that folder, newest first; a file is kept if any of these keeps it:
  - it is one of the newest `KEEP_LATEST` (10) backups, whatever their dates;
  - it is the newest backup of one of the newest `KEEP_DAYS` (7) calendar days that have one;
  - it is the newest backup of one of the newest `KEEP_WEEKS` (5) ISO weeks that have one;
  - it is the newest backup of one of the newest `KEEP_MONTHS` (12) months that have one.
Everything else in the folder that matches the name pattern is deleted; other files are never
touched. Backups copied elsewhere (`backup_to`, a USB stick) are never rotated.

Restoring checks the chosen file on a private copy (is it SQLite, is it ours, is its schema
known to this build, does it pass integrity_check), migrates that copy forward if it is older,
backs up the current store, and only then renames the copy over the store. Any refusal leaves
the current store as it was.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import logging
import os
import re
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from ..errors import StoreError, t
from .files import _fsync_dir, write_error
from .engine import STORE_FILENAME, Store
from .glance import OUR_TABLES, SQLITE_HEADER

log = logging.getLogger(__name__)

BACKUP_DIRNAME = "backups"
REASONS = ("daily", "migrate", "restore", "import", "manual", "damaged")
KEEP_LATEST = 10
KEEP_DAYS = 7
KEEP_WEEKS = 5
KEEP_MONTHS = 12
# A cell's store is a few MB after years; a receiving committee's maybe a few hundred.
MAX_BACKUP_BYTES = 4 * 1024**3

_NAME = re.compile(r"^kh130-(\d{8})-(\d{6})-([a-z]+)(?:-(\d+))?\.sqlite3$")


class SourceDamagedError(StoreError):
    """The store being backed up is itself damaged (as opposed to the destination failing)."""


@dataclass(frozen=True)
class BackupInfo:
    """What a backup file is, as far as it could be checked."""

    path: Path
    created: dt.datetime  # from the file name for ours, else the file's modification time
    reason: str  # daily/migrate/restore/import/manual/damaged, or "" for a file not named by us
    size: int
    ok: bool  # SQLite, ours, a known revision and integrity_check passed
    revision: str | None = None
    cell_name: str = ""
    member_count: int | None = None
    session_count: int | None = None
    problem: str = ""  # why it is not ok, in Vietnamese

    @property
    def reason_label(self) -> str:
        return REASON_LABELS.get(self.reason, self.reason or "tệp ngoài")


REASON_LABELS = {
    "daily": "hằng ngày",
    "migrate": "trước khi nâng cấp",
    "restore": "trước khi khôi phục",
    "import": "trước khi nhận báo cáo",
    "manual": "do người dùng",
    "damaged": "kho bị hỏng (giữ lại)",
}


def backups_dir(folder: Path) -> Path:
    return Path(folder) / BACKUP_DIRNAME


def backup_name(reason: str, when: dt.datetime) -> str:
    return f"kh130-{when:%Y%m%d-%H%M%S}-{reason}.sqlite3"


# --- making backups ---------------------------------------------------------------------


def backup_now(store: Store, reason: str, *, now: dt.datetime | None = None) -> Path:
    """Back the store up into its folder's `backups/`, then rotate the old ones."""
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    if store.path is None:
        raise StoreError("Kho dữ liệu trong bộ nhớ không sao lưu được.")
    when = now or dt.datetime.now()
    folder = backups_dir(store.path.parent)
    target = _free_name(folder, backup_name(reason, when))
    _backup_store(store, target)
    log.info("backup (%s) written to %s", reason, target)
    try:
        rotate(folder, now=when)
    except OSError:
        log.exception("rotating backups in %s failed", folder)  # the new backup is safe; old ones stay
    return target


def backup_to(store: Store, dest: Path, *, now: dt.datetime | None = None) -> Path:
    """Back the store up to a chosen place: into `dest` if it is a folder, else as the file `dest`."""
    dest = Path(dest)
    if dest.is_dir():
        dest = _free_name(dest, backup_name("manual", now or dt.datetime.now()))
    elif dest.suffix.lower() not in (".sqlite3", ".sqlite", ".db", ".kh130bak"):
        dest = dest.with_name(dest.name + ".sqlite3")
    _backup_store(store, dest)
    log.info("backup written to %s", dest)
    return dest


def maybe_daily_backup(store: Store, *, now: dt.datetime | None = None) -> Path | None:
    """At start: back up when the newest backup is more than a day old (or there is none)."""
    if store.path is None:
        return None
    now = now or dt.datetime.now()
    newest = max((created for _, created, _ in _named_backups(backups_dir(store.path.parent))), default=None)
    if newest is not None and now - newest < dt.timedelta(days=1):
        return None
    return backup_now(store, "daily", now=now)


def _free_name(folder: Path, name: str) -> Path:
    target = folder / name
    n = 2
    while target.exists():
        target = folder / name.replace(".sqlite3", f"-{n}.sqlite3")
        n += 1
    return target


def _backup_store(store: Store, target: Path) -> None:
    if not store.path.is_file():  # sqlite3.connect would create an empty one and back that up
        raise StoreError(t("Không có kho dữ liệu tại {parent} để sao lưu.", parent=store.path.parent))
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        os.close(fd)
    except OSError as exc:
        raise write_error(target, exc) from exc
    tmp = Path(tmp_name)
    try:
        # A connection of its own: this may run on a worker thread, and pooled sqlite3
        # connections belong to the thread that made them.
        raw = sqlite3.connect(store.path, timeout=30)
        try:
            dest = sqlite3.connect(tmp)
            try:
                raw.backup(dest)
                # One self-contained file: a backup must not depend on a -wal beside it.
                dest.execute("PRAGMA journal_mode=DELETE")
                problems = _integrity(dest, quick=False)
            finally:
                dest.close()
        finally:
            raw.close()
        if problems:
            raise SourceDamagedError(
                "Bản sao lưu vừa tạo không vượt qua kiểm tra toàn vẹn; kho dữ liệu có thể đã hỏng.",
                hint="Khôi phục từ một bản sao lưu cũ hơn, hoặc nhờ cán bộ kỹ thuật kiểm tra.",
            )
        _fsync_file(tmp)
        os.replace(tmp, target)
        _fsync_dir(target.parent)
    except OSError as exc:
        _unlink(tmp)
        raise write_error(target, exc) from exc
    except sqlite3.Error as exc:
        _unlink(tmp)
        raise _sqlite_write_error(target, exc) from exc
    except BaseException:
        _unlink(tmp)
        raise


def _sqlite_write_error(target: Path, exc: sqlite3.Error) -> StoreError:
    message = str(exc).lower()
    if "full" in message:
        return StoreError(t("Ổ đĩa đầy: không ghi được bản sao lưu {name}.", name=target.name),
                          hint="Giải phóng dung lượng hoặc chọn ổ khác rồi thử lại; dữ liệu hiện tại vẫn an toàn.")
    if "readonly" in message or "unable to open" in message:
        return StoreError(t("Không có quyền ghi vào {parent}.", parent=target.parent),
                          hint="Chọn thư mục khác, hoặc tháo khóa chống ghi của USB.")
    if "malformed" in message or "not a database" in message:
        return SourceDamagedError("Kho dữ liệu bị hỏng nên không sao lưu được.",
                          hint="Khôi phục từ bản sao lưu gần nhất.")
    return StoreError(t("Không sao lưu được: {exc}.", exc=exc), hint="Kiểm tra ổ đĩa rồi thử lại.")


# --- listing and rotation ---------------------------------------------------------------


def _named_backups(folder: Path) -> list[tuple[Path, dt.datetime, str]]:
    """Files in `folder` named like our backups, newest first (no file is opened)."""
    found = []
    try:
        entries = list(Path(folder).iterdir())
    except OSError:
        return []
    for path in entries:
        match = _NAME.match(path.name)
        if not match or not path.is_file():
            continue
        try:
            created = dt.datetime.strptime(match[1] + match[2], "%Y%m%d%H%M%S")
        except ValueError:
            continue
        found.append((path, created, match[3]))
    found.sort(key=lambda item: (item[1], int(_NAME.match(item[0].name)[4] or 1)), reverse=True)
    return found


def list_backups(folder: Path) -> list[BackupInfo]:
    """The backups in `folder` (a data dir's `backups/`, or any folder), newest first, each checked.

    Each file is copied and fully integrity-checked (milliseconds for a cell's store, seconds for
    a large receiving store): call it off the UI thread when the folder may be big.
    """
    return [_describe(path, created, reason) for path, created, reason in _named_backups(folder)]


def newest_good_backup(data_folder: Path) -> Path | None:
    """The newest backup of a data dir that passes its checks (never a kept damaged store)."""
    for path, created, reason in _named_backups(backups_dir(data_folder)):
        if reason == "damaged":
            continue
        if _describe(path, created, reason).ok:
            return path
    return None


def rotate(folder: Path, *, now: dt.datetime | None = None) -> list[Path]:
    """Delete the backups the rule in this module's docstring does not keep; returns them."""
    named = _named_backups(folder)
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


# --- checking a file ----------------------------------------------------------------------


def inspect_backup(path: Path) -> BackupInfo:
    """Check a file that claims to be a backup; raises StoreError saying why when it is not usable."""
    path = Path(path)
    with tempfile.TemporaryDirectory(prefix="kh130-inspect-") as tmp:
        return _checked_copy(path, Path(tmp))[1]


def _describe(path: Path, created: dt.datetime, reason: str) -> BackupInfo:
    try:
        info = inspect_backup(path)
    except StoreError as exc:
        size = _size(path)
        return BackupInfo(path, created, reason, size, False, problem=exc.message)
    return BackupInfo(path, created, reason, info.size, True, info.revision, info.cell_name,
                      info.member_count, info.session_count)


def _checked_copy(source: Path, workdir: Path) -> tuple[Path, BackupInfo]:
    """Copy `source` (and its -wal, if any) into `workdir`, check the copy, make it self-contained.

    Working on a private copy means the checked bytes are the bytes restored, and the
    source (maybe on a USB stick, maybe read-only) is never written to.
    """
    name = source.name
    try:
        stat = source.stat()
    except FileNotFoundError as exc:
        raise StoreError(t("Không tìm thấy tệp {name}.", name=name), hint="Chọn lại tệp sao lưu.") from exc
    except OSError as exc:
        raise StoreError(t("Không đọc được tệp {name}: {reason}.", name=name, reason=exc.strerror or exc), hint="Kiểm tra ổ đĩa hoặc USB rồi thử lại.") from exc
    if not source.is_file():
        raise StoreError(t("{name} không phải là một tệp.", name=name), hint="Chọn một tệp sao lưu KH130 (.sqlite3).")
    if stat.st_size > MAX_BACKUP_BYTES:
        raise StoreError(t("Tệp {name} quá lớn để là bản sao lưu KH130.", name=name), hint="Chọn đúng tệp sao lưu KH130 (.sqlite3).")
    not_ours = StoreError(
        t("Tệp {name} không phải bản sao lưu KH130 (không phải cơ sở dữ liệu SQLite).", name=name),
        hint="Chọn tệp kh130-….sqlite3 trong thư mục sao lưu hoặc trên USB.",
    )
    try:
        with open(source, "rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise StoreError(t("Không đọc được tệp {name}: {reason}.", name=name, reason=exc.strerror or exc), hint="Kiểm tra ổ đĩa hoặc USB rồi thử lại.") from exc
    if stat.st_size < 512 or header != SQLITE_HEADER:
        raise not_ours
    copy = workdir / STORE_FILENAME
    try:
        shutil.copyfile(source, copy)
        wal = Path(f"{source}-wal")
        if wal.is_file():
            shutil.copyfile(wal, Path(f"{copy}-wal"))
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):  # our side: no room for the working copy
            raise write_error(copy, exc) from exc
        raise StoreError(t("Không đọc được tệp {name}: {reason}.", name=name, reason=exc.strerror or exc),
                         hint="Kiểm tra ổ đĩa hoặc USB rồi thử lại.") from exc
    damaged = StoreError(
        t("Tệp {name} bị hỏng (không vượt qua kiểm tra toàn vẹn).", name=name),
        hint="Chọn một bản sao lưu khác, cũ hơn.",
    )
    try:
        conn = sqlite3.connect(copy)
    except sqlite3.Error as exc:
        raise not_ours from exc
    try:
        # A hostile file: no functions called from its schema, cell sizes checked on every read.
        conn.execute("PRAGMA trusted_schema=OFF")
        conn.execute("PRAGMA cell_size_check=ON")
        try:
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        except sqlite3.DatabaseError as exc:
            raise (damaged if "malformed" in str(exc).lower() else not_ours) from exc
        if not OUR_TABLES <= tables:
            raise StoreError(
                t("Tệp {name} là cơ sở dữ liệu của chương trình khác, không phải dữ liệu KH130.", name=name),
                hint="Chọn tệp kh130-….sqlite3 trong thư mục sao lưu hoặc trên USB.",
            )
        try:
            if _integrity(conn, quick=False):
                raise damaged
            revisions = [row[0] for row in conn.execute("SELECT version_num FROM alembic_version")]
        except sqlite3.DatabaseError as exc:
            raise damaged from exc
        if len(revisions) != 1:
            raise damaged
        revision = revisions[0]
        if not _known_revision(revision):
            raise StoreError(
                t("Tệp {name} được tạo bởi phiên bản KH130 mới hơn phiên bản đang chạy.", name=name),
                hint="Cài phiên bản KH130 mới nhất rồi khôi phục lại.",
            )
        cell_name = _scalar(conn, "SELECT name FROM cell ORDER BY id LIMIT 1") or ""
        members = _scalar(conn, "SELECT count(*) FROM member")
        sessions = _scalar(conn, "SELECT count(*) FROM study_session")
        # Fold a copied -wal in and drop WAL mode, so the copy is one file that can be renamed.
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode=DELETE")
    except sqlite3.Error as exc:
        raise damaged from exc
    finally:
        conn.close()
    match = _NAME.match(name)
    if match:
        created, reason = dt.datetime.strptime(match[1] + match[2], "%Y%m%d%H%M%S"), match[3]
    else:
        created, reason = dt.datetime.fromtimestamp(stat.st_mtime), ""
    info = BackupInfo(source, created, reason, stat.st_size, True, revision, cell_name, members, sessions)
    return copy, info


def _integrity(conn: sqlite3.Connection, *, quick: bool) -> list[str]:
    pragma = "quick_check" if quick else "integrity_check"
    rows = [row[0] for row in conn.execute(f"PRAGMA {pragma}")]
    return [] if rows == ["ok"] else rows


def _scalar(conn: sqlite3.Connection, sql: str):
    try:
        row = conn.execute(sql).fetchone()
    except sqlite3.Error:
        return None
    return row[0] if row else None


def _known_revision(revision: str) -> bool:
    from alembic.config import Config
    from alembic.script import ScriptDirectory
    from alembic.util.exc import CommandError

    from .engine import MIGRATIONS_DIR

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    try:
        return ScriptDirectory.from_config(cfg).get_revision(revision) is not None
    except CommandError:
        return False


# --- restoring ----------------------------------------------------------------------------


def restore(folder: Path, source: Path, *, now: dt.datetime | None = None) -> Path:
    """Replace the store in `folder` with the backup `source`; returns the store's path.

    The caller must have disposed of any open Store on `folder` first, and reopens it after.
    Refusals raise StoreError and leave the current store exactly as it was.
    """
    folder = Path(folder)
    source = Path(source)
    store_path = folder / STORE_FILENAME
    try:
        folder.mkdir(parents=True, exist_ok=True)
        workdir = Path(tempfile.mkdtemp(prefix=".restore-", dir=folder))
    except OSError as exc:
        raise write_error(folder / ".restore", exc) from exc
    try:
        copy, info = _checked_copy(source, workdir)
        _migrate_copy(copy, source.name)
        _fsync_file(copy)
        if store_path.exists():
            _backup_current(folder, now=now)
            _retire_wal(store_path)
        try:
            os.replace(copy, store_path)
            _fsync_dir(folder)
        except OSError as exc:
            raise write_error(store_path, exc) from exc
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    log.info("store in %s restored from %s (revision %s, %s members)", folder, source, info.revision, info.member_count)
    return store_path


def _migrate_copy(copy: Path, name: str) -> None:
    """Bring the checked copy to this build's schema, then make sure it has every table and column."""
    store = Store(_engine_for(copy), copy)
    try:
        if store.needs_upgrade():
            store.upgrade(backup=False)  # the copy is scratch; the source stays as it was
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


def _engine_for(path: Path):
    from .engine import make_engine

    return make_engine(f"sqlite:///{path}")


def _backup_current(folder: Path, *, now: dt.datetime | None) -> Path:
    """Back the current store up before it is replaced; if it is too damaged for that, keep its bytes."""
    store = Store(_engine_for(folder / STORE_FILENAME), folder / STORE_FILENAME)
    try:
        return backup_now(store, "restore", now=now)
    except SourceDamagedError as exc:
        log.info("current store could not be backed up (%s); keeping its raw bytes", exc)
    finally:
        store.dispose()
    return _keep_damaged(folder, now=now)


def _keep_damaged(folder: Path, *, now: dt.datetime | None) -> Path:
    target = _free_name(backups_dir(folder), backup_name("damaged", now or dt.datetime.now()))
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(folder / STORE_FILENAME, target)
        wal = folder / f"{STORE_FILENAME}-wal"
        if wal.exists():
            shutil.copyfile(wal, Path(f"{target}-wal"))
    except OSError as exc:
        raise write_error(target, exc) from exc
    return target


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
            raise write_error(store_path, exc) from exc


# --- small helpers ------------------------------------------------------------------------


def _fsync_file(path: Path) -> None:
    # Read-write: on Windows, fsync (_commit) of a read-only descriptor fails with EBADF.
    fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _unlink(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0
