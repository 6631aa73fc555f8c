"""Why the store's folder cannot be read or written, in the user's words: the medium (a full disk,
a read-only stick, no permission, a folder missing or a file in its place, a file another program
holds, a disk that reports read errors) told apart from damage to the file's content, which is
the one thing restoring a backup mends (health.py).

SQLite's "unable to open database file" and "disk I/O error" do not say why, so the folder is
looked at when SQLite gives one of them: is it there, is it a folder, is its medium mounted
read-only, is there room, can a file be written in it.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
import stat
from pathlib import Path

from ..errors import StoreError, t

# The kinds of MediumError.
FULL = "full"
READ_ONLY = "read_only"  # the medium: mounted read-only, a write-protected stick, a CD
NO_PERMISSION = "no_permission"
MISSING = "missing"
NOT_A_FOLDER = "not_a_folder"
LOCKED_FILE = "locked_file"
IO = "io"  # the disk itself reports errors

# Below this much free space SQLite cannot even make its -shm (32 KiB) and grow a -wal: an
# "unable to open" or "disk I/O error" with less than this free is a full disk.
MIN_WORKING_SPACE = 256 * 1024
# What the store wants free to work: a -wal that grows to ~4 MB between checkpoints, plus a
# backup (the store's own size; added by `store_space_needed`).
WORKING_SPACE = 4 * 1024 * 1024
PROBE_PREFIX = ".kh130-probe-"

_WIN_FULL = (39, 112)  # ERROR_HANDLE_DISK_FULL, ERROR_DISK_FULL
_WIN_WRITE_PROTECT = 19
_WIN_SHARING = (32, 33)  # ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION


class MediumError(StoreError):
    """The folder or its medium, not the store file's content, is why the store cannot be used."""

    def __init__(self, kind: str, message: str, *, hint: str = "", folder: Path | None = None,
                 need: int | None = None, free: int | None = None) -> None:
        super().__init__(message, hint=hint, code=f"medium_{kind}")
        self.kind = kind
        self.folder = folder
        self.need = need  # bytes wanted free (FULL)
        self.free = free  # bytes free when it was looked at (FULL)

    @property
    def readable(self) -> bool:
        """Whether the store may still be opened to read (Store.open(..., read_only=True))."""
        return self.kind in (FULL, READ_ONLY, NO_PERMISSION)


def size_text(n: int) -> str:
    """A size as the clerk reads it: 24 KB, 3,5 MB."""
    if n < 1024:
        return f"{n} byte"
    if n < 1024 * 1024:
        return f"{n / 1024:.0f} KB"
    return f"{n / 1024 ** 2:.1f} MB".replace(".", ",")


def free_space(folder: Path) -> int | None:
    """Bytes free on the disk that holds `folder` (or its nearest existing parent)."""
    import shutil

    path = Path(folder)
    for candidate in (path, *path.parents):
        try:
            return shutil.disk_usage(candidate).free
        except OSError:
            continue
    return None


def store_space_needed(folder: Path) -> int:
    """Free space the store in `folder` wants to work: WORKING_SPACE and room for one backup."""
    size = 0
    for suffix in ("", "-wal"):
        with contextlib.suppress(OSError):
            size += os.stat(Path(folder) / f"kh130.sqlite3{suffix}").st_size
    return WORKING_SPACE + size


# --- the messages ---------------------------------------------------------------------------


def disk_full(folder: Path, need: int | None = None) -> MediumError:
    free = free_space(folder)
    need = need or store_space_needed(folder)
    if free is not None and free < need:
        hint = t("Cần còn trống ít nhất {need} trên ổ này (hiện còn {free}). Xóa bớt tệp không cần hoặc chọn ổ khác "
                 "rồi thử lại; dữ liệu đã lưu vẫn an toàn.", need=size_text(need), free=size_text(free))
    else:  # a quota, or room freed since: the numbers would not explain it
        hint = t("Giải phóng dung lượng trên ổ này hoặc chọn ổ khác rồi thử lại; dữ liệu đã lưu vẫn an toàn.")
    return MediumError(FULL, t("Ổ đĩa đầy: không ghi được vào thư mục {folder}.", folder=folder), hint=hint,
                       folder=Path(folder), need=need, free=free)


def read_only(folder: Path) -> MediumError:
    return MediumError(
        READ_ONLY, t("Ổ đĩa chứa thư mục {folder} chỉ cho phép đọc: không ghi được gì vào đó.", folder=folder),
        hint=t("Tháo khóa chống ghi của USB, hoặc chép thư mục dữ liệu sang ổ ghi được rồi mở lại; "
               "dữ liệu vẫn xem và sao lưu ra nơi khác được."), folder=Path(folder))


def no_permission(folder: Path, *, reading: bool = False) -> MediumError:
    message = (t("Không có quyền đọc thư mục {folder}.", folder=folder) if reading
               else t("Không có quyền ghi vào thư mục {folder}.", folder=folder))
    return MediumError(NO_PERMISSION, message, folder=Path(folder), hint=t(
        "Chạy KH130 bằng tài khoản sở hữu thư mục này, hoặc nhờ cán bộ kỹ thuật cấp quyền; "
        "hoặc chọn thư mục khác, ví dụ một USB không bật khóa chống ghi."))


def missing(folder: Path) -> MediumError:
    return MediumError(MISSING, t("Không tìm thấy thư mục {folder}.", folder=folder), folder=Path(folder), hint=t(
        "Cắm lại USB hoặc ổ chứa thư mục này, hoặc chỉ đúng thư mục dữ liệu (--data-dir hoặc KH130_DATA_DIR)."))


def not_a_folder(path: Path) -> MediumError:
    return MediumError(NOT_A_FOLDER, t("{path} là một tệp, không phải thư mục.", path=path), folder=Path(path), hint=t(
        "Đổi tên hoặc chuyển tệp đó đi, hoặc chỉ thư mục dữ liệu khác (--data-dir hoặc KH130_DATA_DIR)."))


def locked_file(path: Path) -> MediumError:
    return MediumError(LOCKED_FILE, t("Tệp {name} đang bị chương trình khác khóa.", name=Path(path).name),
                       folder=Path(path).parent, hint=t(
        "Đóng chương trình đang mở tệp này (trình xem cơ sở dữ liệu, phần mềm sao chép hoặc diệt virus) rồi thử lại."))


def io_error(path: Path, reason: object) -> MediumError:
    return MediumError(IO, t("Ổ đĩa báo lỗi khi đọc hoặc ghi {path} ({reason}).", path=path, reason=reason),
                       folder=Path(path).parent, hint=t(
        "Ổ đĩa có thể đang hỏng: chép ngay thư mục dữ liệu và các bản sao lưu sang ổ khác (USB), "
        "rồi nhờ cán bộ kỹ thuật kiểm tra ổ."))


# --- classifying ----------------------------------------------------------------------------


def os_fault(exc: OSError, folder: Path, *, need: int | None = None, reading: bool = False) -> StoreError:
    """What an OSError met reading or writing in `folder` means for the user."""
    folder = Path(folder)
    code, win = exc.errno, getattr(exc, "winerror", None)
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)) or win in _WIN_FULL:
        return disk_full(folder, need)
    if code == errno.EROFS or win == _WIN_WRITE_PROTECT:
        return read_only(folder)
    if win in _WIN_SHARING or code in (errno.EBUSY, getattr(errno, "ETXTBSY", errno.EBUSY)):
        return locked_file(Path(exc.filename) if exc.filename else folder)
    if code in (errno.EACCES, errno.EPERM):
        return read_only(folder) if mounted_read_only(folder) else no_permission(folder, reading=reading)
    if code in (errno.ENOTDIR, errno.EEXIST) or (code == errno.ENOENT and blocking_file(folder)):
        return not_a_folder(blocking_file(folder) or folder)
    if code == errno.ENOENT:
        return missing(folder)
    if code == errno.EIO:
        return io_error(Path(exc.filename) if exc.filename else folder, exc.strerror or exc)
    return StoreError(t("Không ghi được vào {folder}: {reason}.", folder=folder, reason=exc.strerror or exc),
                      hint=t("Kiểm tra ổ đĩa rồi thử lại."))


def sqlite_fault(exc: sqlite3.Error, folder: Path, *, need: int | None = None) -> StoreError | None:
    """What an error from SQLite on the store in `folder` means; None when SQLite says the file's
    content is damaged (the one case for restoring a backup)."""
    primary = _primary_code(exc)
    if primary in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
        return None
    if primary == sqlite3.SQLITE_FULL:
        return disk_full(folder, need)
    if primary in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return StoreError(t("Kho dữ liệu đang bận (đang được chương trình khác dùng)."),
                          hint=t("Đóng các cửa sổ KH130 khác rồi thử lại."))
    if primary in (sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_IOERR, sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM):
        fault = probe(folder, need=need)
        if fault is not None:
            return fault
        if primary == sqlite3.SQLITE_IOERR:
            return io_error(Path(folder) / "kh130.sqlite3", exc)
    return StoreError(t("Lỗi kho dữ liệu: {reason}.", reason=exc),
                      hint=t("Đóng chương trình rồi mở lại; nếu lỗi lặp lại, chép thư mục dữ liệu ra USB và nhờ cán bộ kỹ thuật kiểm tra."))


# SQLite's errors that speak of the medium, a lock or room, not of the file's content.
MEDIUM_CODES = frozenset({sqlite3.SQLITE_FULL, sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED, sqlite3.SQLITE_CANTOPEN,
                          sqlite3.SQLITE_IOERR, sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM})


def about_the_medium(exc: sqlite3.Error) -> bool:
    return _primary_code(exc) in MEDIUM_CODES


def _primary_code(exc: sqlite3.Error) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF
    message = str(exc).lower()  # an error raised without a code (an old driver, a test)
    for words, primary in (("disk is full", sqlite3.SQLITE_FULL), ("malformed", sqlite3.SQLITE_CORRUPT),
                           ("not a database", sqlite3.SQLITE_NOTADB), ("readonly", sqlite3.SQLITE_READONLY),
                           ("read-only", sqlite3.SQLITE_READONLY), ("unable to open", sqlite3.SQLITE_CANTOPEN),
                           ("disk i/o", sqlite3.SQLITE_IOERR), ("locked", sqlite3.SQLITE_BUSY)):
        if words in message:
            return primary
    return None


def probe(folder: Path, *, need: int | None = None) -> MediumError | None:
    """What keeps `folder` from being written, found by looking (and by writing a small file
    there, removed again); None when nothing does."""
    folder = Path(folder)
    try:
        mode = os.stat(folder).st_mode
    except OSError as exc:
        fault = os_fault(exc, folder)
        return fault if isinstance(fault, MediumError) else None
    if not stat.S_ISDIR(mode):
        return not_a_folder(folder)
    if mounted_read_only(folder):
        return read_only(folder)
    free = free_space(folder)
    if free is not None and free < MIN_WORKING_SPACE:
        return disk_full(folder, need)
    probe_file = folder / f"{PROBE_PREFIX}{os.getpid()}"
    try:
        fd = os.open(probe_file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o600)
        try:
            os.write(fd, bytes(4096))
        finally:
            os.close(fd)
    except OSError as exc:
        fault = os_fault(exc, folder, need=need)
        return fault if isinstance(fault, MediumError) else None
    finally:
        with contextlib.suppress(OSError):
            os.unlink(probe_file)
    return None


def check_folder(folder: Path, *, must_exist: bool = False) -> None:
    """Raise MediumError when `folder` is a file (or sits under one), cannot be listed, or (with
    `must_exist`) is not there; a folder not made yet is fine for a first start."""
    folder = Path(folder)
    try:
        mode = os.stat(folder).st_mode
    except FileNotFoundError:
        blocker = blocking_file(folder)
        if blocker is not None:
            raise not_a_folder(blocker) from None
        if must_exist:
            raise missing(folder) from None
        return
    except OSError as exc:
        raise os_fault(exc, folder, reading=True) from exc
    if not stat.S_ISDIR(mode):
        raise not_a_folder(folder)
    try:
        with os.scandir(folder) as entries:
            next(entries, None)
    except OSError as exc:
        raise os_fault(exc, folder, reading=True) from exc


def blocking_file(folder: Path) -> Path | None:
    """The file standing where `folder` or one of its parents should be a folder, if any."""
    for candidate in (Path(folder), *Path(folder).parents):
        try:
            mode = os.stat(candidate).st_mode
        except OSError:
            continue
        return None if stat.S_ISDIR(mode) else candidate
    return None


def mounted_read_only(folder: Path) -> bool:
    statvfs = getattr(os, "statvfs", None)
    if statvfs is None:  # Windows: a write-protected medium says so when written (ERROR_WRITE_PROTECT)
        return False
    for candidate in (Path(folder), *Path(folder).parents):
        try:
            return bool(statvfs(candidate).f_flag & os.ST_RDONLY)
        except OSError:
            continue
    return False
