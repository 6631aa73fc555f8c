"""The check at every start: a damaged store is reported, never opened as if it were empty.

SQLite treats a missing or zero-length file as a new database, and SQLAlchemy plus Alembic
would then happily create empty tables in it: the user would see an empty cell and might
start typing over the ruins. So before `Store.open`, the file is looked at directly: its
header, whether it is one of ours, and SQLite's `quick_check` (glance.py).
"""

from __future__ import annotations

import logging
from pathlib import Path

from .backups import newest_good_backup
from ..errors import StoreError, t
from .engine import STORE_FILENAME, Store
from .glance import EMPTY_FILE, OUR_WORDS, diagnose

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
            t("Kho dữ liệu bị hỏng: {reason}.", reason=reason), hint=hint,
            path=path, reason=reason, newest_good_backup=backup, problems=problems,
        )
    return Store.open(folder)
