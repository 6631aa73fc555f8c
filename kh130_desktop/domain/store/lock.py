"""One program per store: an exclusive lock on `kh130.lock` in the data folder.

SQLite's own locks let two programs share the file, and each then trusts what it read minutes
ago; a `-wal` deleted under one of them silently drops what it confirmed. So whoever writes
(the window, `kh130 import`, `restore`, …) first takes this lock, and a second program is told
who holds it: program, process, user, machine and since when, written in the file.

`fcntl.flock` on POSIX, `msvcrt.locking` on Windows: the operating system releases either when
the holder dies, however abruptly, so a lock file left by a crash is free, never stale. The file
is never deleted (a program could lock a file just unlinked while another makes a new one).
Within one process the lock is shared: taking it again while it is held there adds a reference.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import getpass
import json
import logging
import os
import sys
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from ..errors import StoreError, t
from .medium import os_fault

log = logging.getLogger(__name__)

LOCK_FILENAME = "kh130.lock"
# The holder's record is written in place, padded to this size: once the file has its block,
# taking the lock writes nothing new to the disk, so it works on a full disk too.
RECORD_BYTES = 512
# Windows locks byte ranges, and a locked range cannot be read by others: lock one byte far past
# the record, so that whoever is refused can still read who holds it.
_WINDOWS_LOCK_OFFSET = 1 << 30


@dataclass(frozen=True)
class Holder:
    """Who holds a data folder's lock, as its record says."""

    program: str
    pid: int
    host: str = ""
    user: str = ""
    since: str = ""  # ISO 8601, local time

    @property
    def here(self) -> bool:
        """This very process."""
        return self.pid == os.getpid() and self.host == _host()

    def describe(self) -> str:
        since = self.since
        with contextlib.suppress(ValueError):
            since = f"{dt.datetime.fromisoformat(self.since):%H:%M ngày %d/%m/%Y}"
        return t("{program} (tiến trình {pid} của người dùng {user} trên máy {host}, từ {since})",
                 program=self.program or "KH130", pid=self.pid, user=self.user or "?", host=self.host or "?",
                 since=since or "?")


class StoreLockedError(StoreError):
    """Another program holds the data folder's lock; `holder` says who (None if unreadable)."""

    def __init__(self, folder: Path, holder: Holder | None) -> None:
        who = holder.describe() if holder is not None else t("một chương trình KH130 khác")
        super().__init__(t("Kho dữ liệu đang được chương trình khác dùng: {holder}.", holder=who),
                         hint=t("Đóng chương trình đó (hoặc chờ nó chạy xong) rồi thử lại; trong lúc đó "
                                "chỉ có thể mở kho dữ liệu để xem."))
        self.folder = Path(folder)
        self.holder = holder


class StoreLock:
    """A held lock on a data folder; `release()` (or leaving a `with` block) lets it go."""

    def __init__(self, folder: Path, shared: _Held) -> None:
        self.folder = Path(folder)
        self._shared: _Held | None = shared

    @property
    def holder(self) -> Holder:
        return self._shared.holder if self._shared else Holder("", 0)

    @property
    def held(self) -> bool:
        return self._shared is not None

    def release(self) -> None:
        shared, self._shared = self._shared, None
        if shared is not None:
            shared.drop()

    def __enter__(self) -> StoreLock:
        return self

    def __exit__(self, *_exc) -> None:
        self.release()


class _Held:
    """The one open, locked file behind every StoreLock of a folder in this process."""

    def __init__(self, key: str, fd: int, holder: Holder) -> None:
        self.key, self.fd, self.holder, self.count = key, fd, holder, 1

    def drop(self) -> None:
        with _GUARD:
            self.count -= 1
            if self.count > 0:
                return
            _HELD.pop(self.key, None)
            with contextlib.suppress(OSError):
                _unlock(self.fd)
            with contextlib.suppress(OSError):
                os.close(self.fd)


_HELD: dict[str, _Held] = {}
_GUARD = threading.Lock()


def lock_path(folder: Path) -> Path:
    return Path(folder) / LOCK_FILENAME


def acquire(folder: Path, program: str, *, wait: float = 0.0, poll: float = 0.1) -> StoreLock:
    """Take the lock on `folder` for `program` ("KH130 (cửa sổ)", "kh130 import"), waiting up to
    `wait` seconds for another holder to let go. Raises StoreLockedError when it does not, and a
    MediumError when the lock file cannot be made (a read-only or full medium: see medium.py)."""
    folder = Path(folder)
    path = lock_path(folder)
    key = os.path.normcase(os.path.abspath(path))
    deadline = time.monotonic() + max(wait, 0.0)
    while True:
        with _GUARD:
            shared = _HELD.get(key)
            if shared is not None:
                shared.count += 1
                return StoreLock(folder, shared)
            fd = _open(folder, path)
            try:
                locked = _try_lock(fd)
            except OSError as exc:
                if exc.errno not in _NO_LOCKING:
                    os.close(fd)
                    raise os_fault(exc, folder) from exc
                # A file system without locks (some network shares): work on, as before locks.
                log.warning("the file system of %s cannot lock files; %s is not enforced", folder, path)
                locked = True
            if locked:
                holder = Holder(program, os.getpid(), _host(), _user(), dt.datetime.now().isoformat(timespec="seconds"))
                _write_record(fd, holder)
                shared = _HELD[key] = _Held(key, fd, holder)
                return StoreLock(folder, shared)
            os.close(fd)
        if time.monotonic() >= deadline:
            raise StoreLockedError(folder, read_holder(folder))
        time.sleep(poll)


def current_holder(folder: Path) -> Holder | None:
    """Who holds the lock on `folder` right now (this process included); None when nobody does.
    Never raises: a lock that cannot be looked at (no folder, a read-only medium) is nobody's."""
    path = lock_path(folder)
    key = os.path.normcase(os.path.abspath(path))
    with _GUARD:
        if key in _HELD:
            return _HELD[key].holder
        try:
            fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
        except OSError:
            return None
        try:
            if _try_lock(fd):
                _unlock(fd)
                return None
        except OSError:
            return None
        finally:
            os.close(fd)
    return read_holder(folder) or Holder("", 0)


def held_elsewhere(folder: Path) -> bool:
    """Whether another process holds the lock on `folder`."""
    holder = current_holder(folder)
    return holder is not None and not holder.here


def read_holder(folder: Path) -> Holder | None:
    """The holder's record in the lock file, as last written (the holder may be gone)."""
    try:
        with open(lock_path(folder), "rb") as handle:
            data = json.loads(handle.read(RECORD_BYTES).decode("utf-8").strip() or "{}")
        return Holder(str(data.get("program", "")), int(data.get("pid", 0)), str(data.get("host", "")),
                      str(data.get("user", "")), str(data.get("since", "")))
    except (OSError, ValueError, TypeError, AttributeError):
        return None


# --- the operating system's part ---------------------------------------------------------------

_NO_LOCKING = {getattr(errno, name) for name in ("ENOLCK", "ENOTSUP", "EOPNOTSUPP", "EINVAL") if hasattr(errno, name)}


def _open(folder: Path, path: Path) -> int:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        return os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOINHERIT", 0), 0o644)
    except OSError as exc:
        raise os_fault(exc, folder) from exc


def _write_record(fd: int, holder: Holder) -> None:
    record = json.dumps(asdict(holder), ensure_ascii=False).encode("utf-8")[: RECORD_BYTES - 1]
    with contextlib.suppress(OSError):  # the lock holds without its record (a full disk's first lock)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, record + b" " * (RECORD_BYTES - 1 - len(record)) + b"\n")


if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError as exc:
            if exc.errno in (13, 36):  # EACCES, EDEADLOCK: someone else holds the byte
                return False
            raise
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def _host() -> str:
    name = os.environ.get("COMPUTERNAME")
    if name:
        return name
    with contextlib.suppress(AttributeError, OSError):
        return os.uname().nodename
    return ""


def _user() -> str:
    with contextlib.suppress(Exception):  # getpass raises when no user name can be found at all
        return getpass.getuser()
    return ""
