"""What a program stopped midway leaves in the data folder, dealt with at the next start (health.py).

- An interrupted restore leaves its working folder `.restore-*` (a full copy of the backup), an
  interrupted backup its temporary file under `backups/` (and that file's journal), a check of a
  backup its private copy in the temporary folder: all removed, and the removal logged.
- A program that died with changes not yet folded into the store leaves its `-wal`. SQLite folds
  it in at the next open, up to its first damaged frame, and drops whatever follows without a
  word. So before that, a copy of the `-wal` goes into `backups/` as evidence
  (`kh130-YYYYMMDD-HHMMSS-unclean.wal`, the newest KEEP_WAL_COPIES kept), and the log says how
  many frames it held, how many SQLite will fold in, and how many it will drop.
- A conversion of the page size (pages.py) stopped midway leaves a hot `-journal` beside a
  half-rewritten file. A read-write open rolls it back, but the checks at start read the file
  read-only (glance.ReadView), cannot roll it back, and would take the half-written file for
  damage: so it is rolled back first (`roll_back_journal`).

Only call these while no other program works in the folder (lock.py).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import re
import shutil
import struct
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from .backup_files import backups_dir
from .files import _fsync_dir
from .glance import STORE_FILENAME
from .medium import PROBE_PREFIX

log = logging.getLogger(__name__)

KEEP_WAL_COPIES = 5
_WAL_COPY = re.compile(r"^kh130-(\d{8}-\d{6})-unclean(?:-(\d+))?\.wal$")
# What `tempfile.mkstemp(prefix=".<name>.", suffix=".tmp")` names, with SQLite's files beside it.
_TEMP = re.compile(r"^\..+\.tmp(?:-journal|-wal|-shm)?$")
# Private copies in the temporary folder (backup_check.inspect_backup, glance.ReadView): removed
# once this old, as a program still at work may own a younger one.
STALE_SCRATCH_SECONDS = 3600
_SCRATCH_PREFIXES = ("kh130-inspect-", "kh130-snapshot-")


def clean_leftovers(folder: Path) -> list[Path]:
    """Remove what interrupted restores and backups left in `folder`; returns what was removed."""
    folder = Path(folder)
    removed: list[Path] = []
    for entry in _entries(folder):
        if entry.name.startswith(".restore-") and entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry, ignore_errors=True)
            removed.append(entry)
        elif entry.name.startswith(PROBE_PREFIX) or (_TEMP.match(entry.name) and entry.is_file()):
            _unlink(entry, removed)
    for entry in _entries(backups_dir(folder)):
        if _TEMP.match(entry.name) and entry.is_file():
            _unlink(entry, removed)
    now = time.time()
    for entry in _entries(Path(tempfile.gettempdir())):
        if entry.name.startswith(_SCRATCH_PREFIXES) and entry.is_dir() and not entry.is_symlink():
            with contextlib.suppress(OSError):
                if now - entry.stat().st_mtime > STALE_SCRATCH_SECONDS:
                    shutil.rmtree(entry, ignore_errors=True)
                    removed.append(entry)
    removed = [path for path in removed if not path.exists()]
    if removed:
        log.info("removed what interrupted work left behind: %s", ", ".join(str(p) for p in removed))
    return removed


def roll_back_journal(folder: Path) -> bool:
    """Let SQLite roll back a hot `-journal` left beside the store; True when there was one."""
    journal = Path(folder) / f"{STORE_FILENAME}-journal"
    try:
        if journal.stat().st_size == 0:
            return False
    except OSError:
        return False
    import sqlite3

    try:
        conn = sqlite3.connect(Path(folder) / STORE_FILENAME, timeout=5)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the first read rolls back
        finally:
            conn.close()
    except sqlite3.Error:
        log.warning("a -journal is left beside %s and could not be rolled back", folder, exc_info=True)
        return False
    log.info("rolled back the -journal an interrupted rewrite of %s left", folder)
    return True


def _entries(folder: Path) -> list[Path]:
    try:
        return list(folder.iterdir())
    except OSError:
        return []


def _unlink(path: Path, removed: list[Path]) -> None:
    try:
        path.unlink()
    except OSError:
        log.debug("could not remove %s", path, exc_info=True)
        return
    removed.append(path)


# --- the -wal of a program that died ---------------------------------------------------------------


@dataclass(frozen=True)
class WalSummary:
    """What a -wal file holds, read with its checksums as SQLite reads it."""

    size: int
    page_size: int
    frames: int  # (size - 32) / (page_size + 24): every frame the file has room for
    valid: int  # frames SQLite accepts, up to the first bad checksum (or one of an older round)
    committed: int  # of those, up to the last commit: what SQLite folds in
    after_damage: int  # frames of the current round past a damaged one: changes SQLite drops

    @property
    def uncommitted(self) -> int:
        """Frames of a transaction the program died in: never confirmed, rightly dropped."""
        return self.valid - self.committed

    @property
    def damaged(self) -> bool:
        return self.after_damage > 0


@dataclass(frozen=True)
class UncleanStop:
    """The evidence of a program that died with a -wal left: its copy and what it held."""

    wal_copy: Path | None  # None when it could not be copied (a full disk)
    summary: WalSummary


WAL_MAGIC = (0x377F0682, 0x377F0683)  # little-endian, big-endian checksums
MAX_CHECKED_WAL_BYTES = 64 * 1024 * 1024  # larger: frames counted, checksums not followed


def read_wal(path: Path) -> WalSummary:
    """Frames of the -wal at `path`, following SQLite's checksum chain (wal.c, walDecodeFrame)."""
    with open(path, "rb") as handle:
        data = handle.read(MAX_CHECKED_WAL_BYTES + 1)
    size = os.path.getsize(path)
    if len(data) < 32:
        return WalSummary(size, 0, 0, 0, 0, 0)
    magic, _version, page_size, _seq, salt1, salt2 = struct.unpack(">6I", data[:24])
    frame_size = page_size + 24
    if magic not in WAL_MAGIC or page_size < 512 or page_size & (page_size - 1):
        return WalSummary(size, page_size, 0, 0, 0, 0)
    frames = (size - 32) // frame_size
    if len(data) > MAX_CHECKED_WAL_BYTES:
        return WalSummary(size, page_size, frames, 0, 0, 0)
    order = ">" if magic & 1 else "<"
    s1, s2 = _checksum(data[:24], 0, 0, order)
    if (s1, s2) != struct.unpack(">2I", data[24:32]):
        return WalSummary(size, page_size, frames, 0, 0, 0)
    valid = committed = after_damage = 0
    broken = False
    for index in range(frames):
        start = 32 + index * frame_size
        header = data[start:start + 24]
        _page, commit, f_salt1, f_salt2, c1, c2 = struct.unpack(">6I", header)
        if (f_salt1, f_salt2) != (salt1, salt2):
            broken = True  # a frame of an older round (the file is reused), or garbage
            continue
        if broken:
            after_damage += 1  # this round went on past a frame SQLite cannot accept
            continue
        s1, s2 = _checksum(header[:8] + data[start + 24:start + frame_size], s1, s2, order)
        if (s1, s2) != (c1, c2):
            broken = True
            after_damage += 1
            continue
        valid += 1
        if commit:
            committed = valid
    return WalSummary(size, page_size, frames, valid, committed, after_damage)


def _checksum(data: bytes, s1: int, s2: int, order: str) -> tuple[int, int]:
    words = struct.unpack(f"{order}{len(data) // 4}I", data)
    for i in range(0, len(words), 2):
        s1 = (s1 + words[i] + s2) & 0xFFFFFFFF
        s2 = (s2 + words[i + 1] + s1) & 0xFFFFFFFF
    return s1, s2


def keep_wal_evidence(folder: Path, *, now: dt.datetime | None = None) -> UncleanStop | None:
    """Copy a -wal left by a program that died into `backups/`, and log what it held; None when
    there is no such -wal. Call before any connection opens the store (which folds it in)."""
    wal = Path(folder) / f"{STORE_FILENAME}-wal"
    try:
        if wal.stat().st_size == 0:
            return None
        summary = read_wal(wal)
    except OSError:
        return None
    when = now or dt.datetime.now()
    target = None
    try:
        target = _copy_atomically(wal, backups_dir(folder), f"kh130-{when:%Y%m%d-%H%M%S}-unclean")
        _rotate_wal_copies(backups_dir(folder))
    except OSError:
        log.warning("could not keep a copy of the -wal %s", wal, exc_info=True)
    log.warning("the store in %s was not closed cleanly: its -wal held %d frames (%d bytes, page size %d); "
                "%d up to the last commit are folded in now, %d of an unfinished transaction and %d after a "
                "damaged frame are dropped; copy: %s", folder, summary.frames, summary.size, summary.page_size,
                summary.committed, summary.uncommitted, summary.after_damage, target)
    return UncleanStop(target, summary)


def _copy_atomically(source: Path, folder: Path, stem: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target, n = folder / f"{stem}.wal", 2
    while target.exists():
        target, n = folder / f"{stem}-{n}.wal", n + 1
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as out, open(source, "rb") as handle:
            shutil.copyfileobj(handle, out)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _fsync_dir(folder)
    return target


def _rotate_wal_copies(folder: Path) -> None:
    copies = [(m[1], int(m[2] or 1), p) for p in _entries(folder) if (m := _WAL_COPY.match(p.name))]
    for *_when, old in sorted(copies, reverse=True)[KEEP_WAL_COPIES:]:
        with contextlib.suppress(OSError):
            old.unlink()
            log.info("rotated out old -wal copy %s", old)
