"""Checking a file that claims to be a backup: it comes from outside and is hostile until checked.

The file (maybe on a USB stick, maybe read-only, maybe crafted) is copied into a private
folder and every check runs on that copy: is it SQLite, is it ours, is its schema known to
this build, does it pass `integrity_check`. So the checked bytes are the bytes restored,
and the source is never written to.
"""

from __future__ import annotations

import datetime as dt
import errno
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from ..errors import StoreError, t
from .backup_files import REASON_LABELS, integrity_problems, parse_backup_name
from .medium import os_fault
from .glance import OUR_TABLES, SQLITE_HEADER, STORE_FILENAME
from .schema import known_revision

# A cell's store is a few MB after years; a receiving committee's maybe a few hundred.
MAX_BACKUP_BYTES = 4 * 1024**3


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


def inspect_backup(path: Path) -> BackupInfo:
    """Check a file that claims to be a backup; raises StoreError saying why when it is not usable."""
    path = Path(path)
    with tempfile.TemporaryDirectory(prefix="kh130-inspect-") as tmp:
        return checked_copy(path, Path(tmp))[1]


def describe_backup(path: Path, created: dt.datetime, reason: str) -> BackupInfo:
    """A backup of a list: checked, and when it fails the check, still listed with the problem."""
    try:
        info = inspect_backup(path)
    except StoreError as exc:
        return BackupInfo(path, created, reason, _size(path), False, problem=exc.message)
    return BackupInfo(path, created, reason, info.size, True, info.revision, info.cell_name,
                      info.member_count, info.session_count)


def checked_copy(source: Path, workdir: Path) -> tuple[Path, BackupInfo]:
    """Copy `source` (and its -wal, if any) into `workdir`, check the copy, make it self-contained."""
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
            raise os_fault(exc, workdir.parent, need=2 * stat.st_size) from exc
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
            if integrity_problems(conn, quick=False):
                raise damaged
            revisions = [row[0] for row in conn.execute("SELECT version_num FROM alembic_version")]
        except sqlite3.DatabaseError as exc:
            raise damaged from exc
        if len(revisions) != 1:
            raise damaged
        revision = revisions[0]
        if not known_revision(revision):
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
    named = parse_backup_name(name)
    created, reason = named if named else (dt.datetime.fromtimestamp(stat.st_mtime), "")
    info = BackupInfo(source, created, reason, stat.st_size, True, revision, cell_name, members, sessions)
    return copy, info


def _scalar(conn: sqlite3.Connection, sql: str):
    try:
        row = conn.execute(sql).fetchone()
    except sqlite3.Error:
        return None
    return row[0] if row else None


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0
