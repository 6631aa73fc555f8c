"""A small real file system per test (a tmpfs it mounts), to meet a full disk or a read-only medium
the way a clerk's laptop does. Skipped, not failed, where mounting is not permitted."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest


class SmallDisk:
    """A mounted tmpfs: `fill` it up, `read_only` it, `free` it again."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.filler = root / "filler.bin"

    def free(self) -> int:
        return shutil.disk_usage(self.root).free

    def fill(self, leave: int = 0) -> int:
        """Fill the disk until no more than `leave` bytes are free; returns what is left."""
        fd = os.open(self.filler, os.O_WRONLY | os.O_CREAT | os.O_APPEND)
        try:
            chunk = bytes(64 * 1024)
            while self.free() > leave:
                try:
                    os.write(fd, chunk[: max(4096, min(len(chunk), self.free() - leave))])
                except OSError:
                    break
        finally:
            os.close(fd)
        return self.free()

    def make_room(self) -> None:
        self.filler.unlink(missing_ok=True)

    def _remount(self, mode: str) -> None:
        subprocess.run(["mount", "-o", f"remount,{mode}", str(self.root)], check=True, capture_output=True)

    def read_only(self) -> None:
        self._remount("ro")

    def writable(self) -> None:
        self._remount("rw")


@pytest.fixture
def small_disk(tmp_path):
    root = tmp_path / "disk"
    root.mkdir()
    if sys.platform != "linux" or shutil.which("mount") is None or os.geteuid() != 0:
        pytest.skip("mounting a small file system needs Linux and root")
    made = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m,mode=0755", "tmpfs", str(root)],
                          capture_output=True, text=True)
    if made.returncode != 0:
        pytest.skip(f"cannot mount a small file system here: {made.stderr.strip()}")
    disk = SmallDisk(root)
    try:
        yield disk
    finally:
        subprocess.run(["mount", "-o", "remount,rw", str(root)], capture_output=True)
        if subprocess.run(["umount", str(root)], capture_output=True).returncode != 0:
            subprocess.run(["umount", "-l", str(root)], capture_output=True)  # a file still open: detach
