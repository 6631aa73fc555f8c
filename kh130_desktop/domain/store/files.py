"""Files the program writes (exports, PDFs, backups, keys): written whole or not at all.

Each goes to a temporary name in the same folder, is flushed to disk, then renamed over
the target, so a crash or a full disk leaves either the old file or the new one.
"""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

from ..errors import StoreError, t


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
        os.replace(tmp_name, target)
        _fsync_dir(target.parent)
    except OSError as exc:
        with _suppress():
            os.unlink(tmp_name)
        raise write_error(target, exc) from exc
    return target


def fsync_file(path: Path) -> None:
    # Read-write: on Windows, fsync (_commit) of a read-only descriptor fails with EBADF.
    fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


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
