"""The check at every start: a damaged store is reported, never opened as if it were empty.

SQLite treats a missing or zero-length file as a new database, and SQLAlchemy plus Alembic
would then happily create empty tables in it: the user would see an empty cell and might
start typing over the ruins. So before `Store.open`, the file is looked at directly: its
header, whether it is one of ours, and SQLite's `quick_check` (page structure of every
b-tree; a few hundred milliseconds for a cell's store, unlike a full `integrity_check`).
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from .backups import OUR_TABLES, SQLITE_HEADER, newest_good_backup
from .errors import StoreError
from .store import STORE_FILENAME, Store

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


STRUCTURE_DAMAGED = "SQLite phát hiện lỗi trong cấu trúc tệp (có thể do mất điện, ổ đĩa lỗi hoặc tệp bị ghi đè)"


EMPTY_FILE = "tệp dữ liệu trống (0 byte)"
NOT_SQLITE = "phần đầu tệp không phải của cơ sở dữ liệu SQLite"
NOT_OURS = "tệp là cơ sở dữ liệu khác, không phải kho KH130"
UNREADABLE = "không đọc được tệp"
OUR_WORDS = (EMPTY_FILE, NOT_SQLITE, NOT_OURS, UNREADABLE)


def diagnose(folder: Path) -> list[str]:
    """What is wrong with the store file in `folder` (empty when it is sound or absent)."""
    path = Path(folder) / STORE_FILENAME
    if not path.exists():
        return []
    try:
        size = path.stat().st_size
        with open(path, "rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        return [UNREADABLE, str(exc)]
    if size == 0:
        return [EMPTY_FILE]
    if size < 512 or header[:16] != SQLITE_HEADER:
        return [NOT_SQLITE]
    try:
        conn = sqlite3.connect(path)
    except sqlite3.Error as exc:
        return [str(exc)]
    try:
        conn.execute("PRAGMA trusted_schema=OFF")
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if tables and not OUR_TABLES <= tables:
            return [NOT_OURS]
        rows = [row[0] for row in conn.execute("PRAGMA quick_check")]
        return [] if rows == ["ok"] else rows
    except sqlite3.Error as exc:
        return [str(exc)]
    finally:
        conn.close()


def open_store_checked(folder: Path) -> Store:
    """Open (and upgrade) the store in `folder` after checking it; raises StoreDamagedError if damaged."""
    folder = Path(folder)
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
            f"Kho dữ liệu bị hỏng: {reason}.", hint=hint,
            path=path, reason=reason, newest_good_backup=backup, problems=problems,
        )
    return Store.open(folder)
