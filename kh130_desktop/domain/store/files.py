"""Files the program writes (exports, PDFs, backups, keys): written whole or not at all.

Each goes to a temporary name in the same folder, is flushed to disk, then renamed over
the target, so a crash or a full disk leaves either the old file or the new one.

On Windows the rename fails while another program has the target (or the fresh temporary
file) open without sharing it: an antivirus scanning the new file for a moment, Excel or a PDF
reader showing the old one, a second KH130 window. `replace_file` retries that for a couple of
seconds, then says which file is held and what to do. Every rename over a file the program
keeps goes through it.
"""

from __future__ import annotations

import errno
import os
import tempfile
import time
from pathlib import Path

from ..errors import StoreError, t

# Windows errors for a file another program holds: ERROR_ACCESS_DENIED (what MoveFileEx gives
# when the target is open without FILE_SHARE_DELETE), ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION.
# Python raises each as PermissionError with `winerror` set; on POSIX a rename never fails so.
HELD_OPEN_WINERRORS = frozenset({5, 32, 33})
# Seconds between tries: an antivirus scan of a new file takes well under a second; a file open
# in Excel stays open, so the user hears of it after about two and a half seconds.
REPLACE_RETRY_DELAYS = (0.05, 0.1, 0.2, 0.4, 0.75, 1.0)


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes, *, mode: int | None = None) -> Path:
    target = Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise write_error(target, exc) from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if mode is not None:
            os.chmod(tmp_name, mode)
        replace_file(tmp_name, target)
        _fsync_dir(target.parent)
    except BaseException as exc:
        with _suppress():
            os.unlink(tmp_name)
        if isinstance(exc, OSError):
            raise write_error(target, exc) from exc
        raise
    return target


def fsync_file(path: Path) -> None:
    # Read-write: on Windows, fsync (_commit) of a read-only descriptor fails with EBADF.
    fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def replace_file(source: str | os.PathLike[str], target: str | os.PathLike[str], *,
                 delays: tuple[float, ...] = REPLACE_RETRY_DELAYS) -> None:
    """`os.replace(source, target)`, retried while another program holds either file open.

    Raises StoreError (code "FileInUse") naming `target` when it is still held after the last
    try; any other OSError as os.replace raised it, for the caller's own message (write_error).
    """
    for delay in (*delays, None):
        try:
            os.replace(source, target)
            return
        except PermissionError as exc:
            if not is_held_open(exc):
                raise
            if delay is None:
                raise file_in_use_error(Path(target)) from exc
            time.sleep(delay)


def is_held_open(exc: OSError) -> bool:
    """True for Windows' refusal to touch a file another program has open."""
    return getattr(exc, "winerror", None) in HELD_OPEN_WINERRORS


def file_in_use_error(target: Path) -> StoreError:
    return StoreError(
        t("Không thay được tệp {name} trong {parent}: tệp đang được một chương trình khác mở.",
          name=target.name, parent=target.parent),
        hint="Đóng chương trình đang mở tệp này (Excel, trình xem PDF, một cửa sổ KH130 khác) rồi thử lại; "
             "nếu vẫn lỗi, đợi phần mềm diệt virus quét xong hoặc khởi động lại máy.",
        code="FileInUse",
    )


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    with _suppress():
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


class _suppress:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return exc[0] is not None and issubclass(exc[0], OSError)


def write_error(target: Path, exc: OSError) -> StoreError:
    """A clear Vietnamese message for the ways writing a file fails on a real machine."""
    if exc.errno == errno.ENOSPC:
        return StoreError(t("Ổ đĩa đầy: không ghi được {name}.", name=target.name), hint="Giải phóng dung lượng hoặc chọn ổ khác rồi thử lại.")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return StoreError(t("Không có quyền ghi vào {parent}.", parent=target.parent), hint="Chọn thư mục khác, hoặc tháo khóa chống ghi của USB.")
    return StoreError(t("Không ghi được {target}: {reason}.", target=target, reason=exc.strerror or exc), hint="Kiểm tra ổ đĩa rồi thử lại.")
