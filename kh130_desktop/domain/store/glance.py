"""The store file as SQLite sees it, with the standard library only: where it is, whether it is
sound and ours, which schema revision it holds, and a first look at the cell it keeps.

No SQLAlchemy, SQLModel or Alembic here: importing them takes longer than starting Qt, and the
window shows the cell from `glance()` while they load in the background (ui/app.py). Every
write still goes through `store.Store`; nothing here changes the file, nor writes in its folder
when that folder cannot be written (`ReadView`: a full disk, a read-only stick).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from ..errors import t
from .medium import os_fault, sqlite_fault

STORE_FILENAME = "kh130.sqlite3"
# The newest Alembic revision (migrations/versions). A store at this revision needs no
# migration, which is then known without importing Alembic; tests/domain/test_storefile.py
# fails when a migration is added and this is not moved along.
SCHEMA_HEAD = "0008_report_containers"
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
    """What is wrong with the content of the store file in `folder` (empty when it is sound or
    absent): its header, whether it is one of ours, and SQLite's `quick_check` (page structure
    of every b-tree; milliseconds for a cell's store, unlike a full `integrity_check`).

    Only damage to the content is returned. When the file cannot be read because of its medium
    or its permissions (medium.py: a full disk, a read-only stick, no right to read, a disk
    reporting errors), that is raised as the StoreError it is: restoring a backup mends none of it."""
    folder = Path(folder)
    path = store_path(folder)
    try:
        if not path.exists():
            return []
        size, header = _read_header(path)
    except OSError as exc:
        raise os_fault(exc, folder, reading=True) from exc
    problems = _header_problems_of(size, header)
    if problems:
        return problems
    view = ReadView(path)
    try:
        conn = view.connect()
        try:
            return _structure_problems(conn)
        finally:
            conn.close()
    except sqlite3.Error as exc:
        fault = sqlite_fault(exc, folder)
        if fault is None:
            return [str(exc)]
        raise fault from exc
    except OSError as exc:  # the snapshot of a store that cannot be read in place
        raise os_fault(exc, view.scratch or path.parent) from exc
    finally:
        view.close()


class ReadView:
    """Reading a store file without writing a byte next to it when that cannot be done.

    Read-only connections (`mode=ro`) still make a `-shm` beside a WAL store. Where the folder
    takes no writes (a read-only medium, a full disk, no permission), a store with no `-wal`
    left is read as `immutable` (nothing beside it is needed: nobody writes there, since nobody
    can); one with a `-wal` still to fold in is copied with it into `scratch` (a temporary
    folder by default) and read there, so no committed change is skipped."""

    def __init__(self, path: Path, *, scratch: Path | None = None) -> None:
        self.path = Path(path)
        self.scratch = scratch
        self.how = ""  # "shared", "immutable" or "snapshot", once connected
        self._copy_dir: Path | None = None

    def connect(self, **kwargs) -> sqlite3.Connection:
        if self.how == "":
            self.how = self._choose(**kwargs)
        if self.how == "snapshot":
            return _connect(self._copy_dir / STORE_FILENAME, "mode=ro", **kwargs)
        return _connect(self.path, "mode=ro&immutable=1" if self.how == "immutable" else "mode=ro", **kwargs)

    def _choose(self, **kwargs) -> str:
        try:
            _connect(self.path, "mode=ro", **kwargs).close()
            return "shared"
        except sqlite3.OperationalError as exc:
            if exc.sqlite_errorcode & 0xFF not in (sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_IOERR, sqlite3.SQLITE_READONLY):
                raise
            wal = Path(f"{self.path}-wal")
            if not wal.is_file() or wal.stat().st_size == 0:
                return "immutable"
            import shutil
            import tempfile  # here: glance runs before the window shows, and rarely needs them

            self._copy_dir = Path(tempfile.mkdtemp(prefix="kh130-snapshot-", dir=self.scratch))
            try:
                shutil.copyfile(self.path, self._copy_dir / STORE_FILENAME)
                shutil.copyfile(wal, self._copy_dir / f"{STORE_FILENAME}-wal")
            except OSError:
                self.close()
                raise
            return "snapshot"

    def close(self) -> None:
        if self._copy_dir is not None:
            import shutil

            shutil.rmtree(self._copy_dir, ignore_errors=True)
            self._copy_dir = None


def _connect(path: Path, options: str, **kwargs) -> sqlite3.Connection:
    conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?{options}", uri=True, **kwargs)
    try:
        # SQLite opens the file, and its -wal and -shm, only when first asked something.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except BaseException:
        conn.close()
        raise
    return conn


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
    view = ReadView(path)
    try:
        conn = view.connect()
    except (sqlite3.Error, OSError, ValueError):
        view.close()
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
        view.close()
    return Glance(mode=mode, cell=dict(zip(CELL_COLUMNS, row)) if row else None)


def _read_header(path: Path) -> tuple[int, bytes]:
    size = path.stat().st_size
    with open(path, "rb") as handle:
        return size, handle.read(100)


def _header_problems(path: Path) -> list[str]:
    try:
        size, header = _read_header(path)
    except OSError as exc:
        return [UNREADABLE, str(exc)]
    return _header_problems_of(size, header)


def _header_problems_of(size: int, header: bytes) -> list[str]:
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
