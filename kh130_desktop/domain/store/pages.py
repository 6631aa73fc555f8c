"""The store's page size: 16 KB for every new store, and a one-time conversion of an older one.

Why: a received report keeps its signed container (~47 KB, incompressible) as a BLOB. With
SQLite's default 4 KB pages each container is a chain of 12 overflow pages, and writing them,
the WAL commit and the checkpoint cost about three times the CPU they cost with 16 KB pages
(docs/performance.md). A cell's own small rows lose nothing by it.

SQLite fixes the page size when it writes the first page, so `engine._on_connect` asks for
PAGE_SIZE on every connection before it turns WAL on: that makes a new store (file or memory)
16 KB, and is a no-op on an existing file. An existing store keeps its page size until a
VACUUM, which can change it only outside WAL mode and outside a transaction (SQLite's
PRAGMA page_size and VACUUM pages); `convert` does that once, from `Store.upgrade`, through
which every open for writing goes. A backup made with SQLite's backup API takes the page size
of its source, so a backup of an old store is 4 KB and is converted when it is restored.

The conversion never costs the user the store: VACUUM is one transaction (on a full disk or
any other error SQLite rolls it back and the store stays as it was, 4 KB, working); it is
skipped, logged, when there is not the room it needs, and every failure is logged, never shown
as damage: the store simply stays at 4 KB and the next open tries again.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from ..errors import StoreError
from .backup_files import _store_bytes, write_backup
from .medium import WORKING_SPACE, free_space, size_text

log = logging.getLogger(__name__)

PAGE_SIZE = 16384
# Converted at open only up to this size. VACUUM rewrites the whole file with no progress to
# show, holding back the first start after the update: a cell's store (a few MB after years)
# takes well under a second, a receiving committee's store of 64 MB (over a thousand report
# files kept) a few seconds on an old laptop's disk. A larger one stays at 4 KB, which costs
# it some speed and nothing else.
CONVERT_MAX_BYTES = 64 * 1024 * 1024


def wants_conversion(page_size: int) -> bool:
    return 0 < page_size < PAGE_SIZE


def room_for_conversion(path: Path, *, backup: bool) -> str:
    """Why the store at `path` is not to be converted now ("" when it may be)."""
    size = _store_bytes(path)  # with its -wal, folded in first
    if size > CONVERT_MAX_BYTES:
        return f"the store is {size_text(size)}, above the {size_text(CONVERT_MAX_BYTES)} converted at open"
    # The rollback journal VACUUM writes holds every page of the file once (its temporary copy
    # is kept in memory, below); a backup first is the file's size again.
    need = size * (2 if backup else 1) + WORKING_SPACE
    free = free_space(Path(path).parent)
    if free is not None and free < need:
        return f"{size_text(free)} free beside it, {size_text(need)} needed"
    return ""


def convert(engine, path: Path, *, backup: bool) -> bool:
    """Rewrite the store at `path` with PAGE_SIZE pages; True when it was. With `backup`, a
    backup (reason "convert") first; without, the caller has just made one, or the file is a
    scratch copy. Never raises for SQLite or the disk: the store is then as it was, and why is
    logged. When the backup fails, nothing is converted either."""
    path = Path(path)
    why_not = room_for_conversion(path, backup=backup)
    if why_not:
        log.info("store %s keeps its page size: %s", path, why_not)
        return False
    if backup:
        try:
            write_backup(path, "convert")
        except StoreError:  # unlike a migration, the conversion can wait: the store opens as it is
            log.warning("store %s keeps its page size: no backup could be made first", path, exc_info=True)
            return False
    engine.dispose()  # the pool's connections would hold the WAL open and keep VACUUM out
    try:
        conn = sqlite3.connect(path, timeout=5, isolation_level=None)  # autocommit: VACUUM refuses a transaction
    except sqlite3.Error:
        log.warning("store %s keeps its page size: it could not be opened to convert it", path, exc_info=True)
        return False
    try:
        return _rewrite(conn, path)
    except (sqlite3.Error, OSError):
        log.warning("converting store %s to %d-byte pages failed; it stays as it was", path, PAGE_SIZE, exc_info=True)
        return False
    finally:
        try:
            conn.execute("PRAGMA journal_mode=WAL")
        except sqlite3.Error:  # every connection of the engine turns WAL on again (_on_connect)
            log.warning("store %s: WAL not turned back on after the conversion", path, exc_info=True)
        conn.close()


def _rewrite(conn: sqlite3.Connection, path: Path) -> bool:
    before = conn.execute("PRAGMA page_size").fetchone()[0]
    # Leaving WAL folds the -wal into the file; it fails while another connection reads it.
    mode = conn.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
    if mode.lower() != "delete":
        log.info("store %s keeps its page size: still in %s mode (in use elsewhere?)", path, mode)
        return False
    conn.execute("PRAGMA synchronous=FULL")  # the rewrite survives a power cut whole, or not at all
    conn.execute("PRAGMA temp_store=MEMORY")  # VACUUM's copy: no need for room in a TEMP folder
    conn.execute(f"PRAGMA page_size={PAGE_SIZE}")
    _vacuum(conn)
    after = conn.execute("PRAGMA page_size").fetchone()[0]
    log.info("store %s converted from %d- to %d-byte pages", path, before, after)
    return after == PAGE_SIZE


def _vacuum(conn: sqlite3.Connection) -> None:
    conn.execute("VACUUM")
