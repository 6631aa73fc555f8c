"""The store file as SQLite sees it, with the standard library only: where it is, whether it is
sound and ours, which schema revision it holds, and a first look at the cell it keeps.

No SQLAlchemy, SQLModel or Alembic here: importing them takes longer than starting Qt, and the
window shows the cell from `glance()` while they load in the background (ui/app.py). Every
write still goes through `store.Store`; nothing here changes the file.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from ..errors import t

STORE_FILENAME = "kh130.sqlite3"
# The newest Alembic revision (migrations/versions). A store at this revision needs no
# migration, which is then known without importing Alembic; tests/domain/test_storefile.py
# fails when a migration is added and this is not moved along.
SCHEMA_HEAD = "0005_committee_season"
SQLITE_HEADER = b"SQLite format 3\x00"
# Tables every KH130 store has had since the first revision.
OUR_TABLES = frozenset({"alembic_version", "cell", "member", "study_session", "attendance", "pledge"})

# A store larger than this gets no first look: its quick_check would hold the window back (a
# cell's store stays a few MB for years; a receiving committee's grows with every file kept).
GLANCE_MAX_BYTES = 32 * 1024 * 1024

# What `diagnose` says is wrong, in the user's words (shown in the damaged-store dialog).
EMPTY_FILE = t("tệp dữ liệu trống (0 byte)")
NOT_SQLITE = t("phần đầu tệp không phải của cơ sở dữ liệu SQLite")
NOT_OURS = t("tệp là cơ sở dữ liệu khác, không phải kho KH130")
UNREADABLE = t("không đọc được tệp")
OUR_WORDS = (EMPTY_FILE, NOT_SQLITE, NOT_OURS, UNREADABLE)


def store_path(folder: Path) -> Path:
    return Path(folder) / STORE_FILENAME


def diagnose(folder: Path) -> list[str]:
    """What is wrong with the store file in `folder` (empty when it is sound or absent): its
    header, whether it is one of ours, and SQLite's `quick_check` (page structure of every
    b-tree; milliseconds for a cell's store, unlike a full `integrity_check`)."""
    path = store_path(folder)
    if not path.exists():
        return []
    problems = _header_problems(path)
    if problems:
        return problems
    try:
        conn = sqlite3.connect(path)
    except sqlite3.Error as exc:
        return [str(exc)]
    try:
        return _structure_problems(conn)
    except sqlite3.Error as exc:
        return [str(exc)]
    finally:
        conn.close()


def schema_revision(conn: sqlite3.Connection) -> str | None:
    """The Alembic revision the store is at; None for a store never migrated (no table yet)."""
    try:
        rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    except sqlite3.OperationalError as exc:
        if "no such table" in str(exc).lower():
            return None
        raise
    if len(rows) > 1:
        raise sqlite3.DatabaseError("alembic_version has more than one row")
    return rows[0][0] if rows else None

CELL_COLUMNS = ("name", "cell_type", "superior_bodies", "receiving_committee", "place_name", "commune", "province")
# The mode's setting key (store/settings.py's MODE names it from here: glance runs before
# the ORM that settings.py stands on is imported).
MODE_KEY = "mode"


@dataclass(frozen=True)
class Glance:
    """What a sound store at the current schema holds for the window's first screen."""

    mode: str  # "cell" or "receiving"
    cell: dict[str, str] | None  # the cell profile's columns, as book.cell_data.CellData takes them


def glance(folder: Path) -> Glance | None:
    """A first look at the store in `folder`: None unless the file is there, is no larger than
    GLANCE_MAX_BYTES, passes the same checks as `diagnose`, and is at `SCHEMA_HEAD`. Then the caller opens the store the usual
    way (and migrates, or reports damage, as it always does): this only lets the cell show
    sooner. Read-only; never raises for a bad file."""
    path = store_path(folder)
    try:
        if not path.is_file() or path.stat().st_size > GLANCE_MAX_BYTES or _header_problems(path):
            return None
    except OSError:
        return None
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except (sqlite3.Error, ValueError):
        return None
    try:
        if _structure_problems(conn) or schema_revision(conn) != SCHEMA_HEAD:
            return None
        row = conn.execute("SELECT value FROM setting WHERE key = ?", (MODE_KEY,)).fetchone()
        mode = row[0] if row and row[0] in ("cell", "receiving") else "cell"
        row = conn.execute(f"SELECT {', '.join(CELL_COLUMNS)} FROM cell ORDER BY id LIMIT 1").fetchone()
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    return Glance(mode=mode, cell=dict(zip(CELL_COLUMNS, row)) if row else None)


def _header_problems(path: Path) -> list[str]:
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
    return []


def _structure_problems(conn: sqlite3.Connection) -> list[str]:
    conn.execute("PRAGMA trusted_schema=OFF")
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if tables and not OUR_TABLES <= tables:
        return [NOT_OURS]
    rows = [row[0] for row in conn.execute("PRAGMA quick_check")]
    return [] if rows == ["ok"] else rows
