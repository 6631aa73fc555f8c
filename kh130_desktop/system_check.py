"""Refuse, in Vietnamese, a Windows the program cannot run on, before Qt is imported.

Qt 6 has no 32-bit Windows build and needs Windows 10 version 1809 (build 17763) or later: it
links to the system's icuuc.dll and d3d12.dll. Python 3.11 needs Windows 8.1 or later, the current
cryptography wheels Windows 8 or later. Without this check the user of an old Windows 10 or of Windows 8.1 gets
an English "DLL load failed" or nothing at all; with it, a message box that says what the
computer needs. Standard library only (ctypes for the message box): it runs first in
`__main__.main()`, before anything that could fail to load.

What it cannot catch: on Windows 7 the frozen program's python311.dll itself fails to load (it
needs Windows 8.1), and a 64-bit .exe does not start on a 32-bit Windows at all. There Windows
or PyInstaller's bootloader shows its own error before any Python runs; the release folder's
name (`RELEASE_TAG`) and the README say the minimum for those machines.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import dataclass

MIN_WINDOWS_BUILD = 17763  # Windows 10 version 1809 (October 2018 Update), the oldest Qt 6 supports
# In the release folder's and the zip's names (packaging/release.py), so the minimum is on the box.
RELEASE_TAG = "win10-1809-x64"
UNSUPPORTED_EXIT_STATUS = 3
# Windows 10's releases before and at the minimum, by first build: what winver calls them.
WINDOWS_10_RELEASES = {10240: "1507", 10586: "1511", 14393: "1607", 15063: "1703", 16299: "1709",
                       17134: "1803", 17763: "1809", 18362: "1903", 18363: "1909", 19041: "2004",
                       19042: "20H2", 19043: "21H1", 19044: "21H2", 19045: "22H2"}

MB_OK = 0x0
MB_ICONERROR = 0x10
MB_SETFOREGROUND = 0x10000

TITLE = "KH130 không chạy được trên máy này"
NEEDS = "KH130 cần Windows 10 bản 1809 (tháng 10/2018) trở lên hoặc Windows 11, loại 64-bit."
HOW_TO_SEE = ("Xem máy đang chạy Windows nào: bấm phím Windows + R, gõ winver rồi Enter; loại 32-bit hay "
              "64-bit: Cài đặt → Hệ thống → Giới thiệu → Loại hệ thống.")


@dataclass(frozen=True)
class WindowsFacts:
    """What the check looks at; `current()` reads them from the running system."""

    version: tuple[int, int, int]  # major, minor, build
    os_64bit: bool
    python_64bit: bool

    @classmethod
    def current(cls) -> WindowsFacts:
        info = sys.getwindowsversion()  # only on Windows
        # platform_version comes from kernel32.dll's own version: true even when the program is
        # run in a compatibility mode, which makes GetVersionEx (major, minor, build) lie.
        version = tuple(getattr(info, "platform_version", None) or (info.major, info.minor, info.build))
        python_64bit = sys.maxsize > 2**32
        # A 32-bit process on 64-bit Windows (WOW64) sees the real architecture in this variable.
        os_64bit = python_64bit or bool(os.environ.get("PROCESSOR_ARCHITEW6432"))
        return cls(version=version[:3], os_64bit=os_64bit, python_64bit=python_64bit)


def windows_name(version: tuple[int, int, int]) -> str:
    """What a user calls the Windows of `version`, as winver shows it."""
    major, minor, build = version
    if (major, minor) == (6, 1):
        return "Windows 7"
    if (major, minor) == (6, 2):
        return "Windows 8"
    if (major, minor) == (6, 3):
        return "Windows 8.1"
    if major == 10 and build >= 22000:
        return f"Windows 11 (bản dựng {build})"
    if major == 10:
        release = max((b for b in WINDOWS_10_RELEASES if b <= build), default=None)
        named = f" bản {WINDOWS_10_RELEASES[release]}" if release is not None else ""
        return f"Windows 10{named} (bản dựng {build})"
    return f"Windows {major}.{minor} (bản dựng {build})"


def unsupported_reason(facts: WindowsFacts) -> str | None:
    """The Vietnamese text of the message box, or None when this Windows can run the program."""
    if not facts.os_64bit:
        return "\n\n".join([
            NEEDS,
            "Máy này đang chạy Windows loại 32-bit, mà thư viện giao diện Qt 6 của chương trình chỉ có bản 64-bit.",
            "Cách khắc phục: dùng một máy có Windows 64-bit, hoặc nhờ cán bộ kỹ thuật cài lại Windows 10/11 "
            "loại 64-bit (máy cần bộ xử lý 64-bit).",
            HOW_TO_SEE,
        ])
    if not facts.python_64bit:
        return "\n\n".join([
            NEEDS,
            "Chương trình đang chạy bằng Python loại 32-bit trên Windows 64-bit.",
            "Cách khắc phục: cài Python 3.11 bản 64-bit (Windows installer (64-bit)) rồi cài lại chương trình, "
            "hoặc dùng thư mục chương trình đã đóng gói sẵn.",
        ])
    if facts.version[0] < 10:  # Windows 8.1 and older: Windows Update does not go on to 10 by itself
        return "\n\n".join([
            NEEDS,
            f"Máy này đang chạy {windows_name(facts.version)}.",
            "Cách khắc phục: nhờ cán bộ kỹ thuật nâng cấp máy lên Windows 10 (bản 1809 trở lên) hoặc "
            "Windows 11, loại 64-bit, hoặc dùng một máy khác.",
            HOW_TO_SEE,
        ])
    if facts.version[0] == 10 and facts.version[2] < MIN_WINDOWS_BUILD:
        return "\n\n".join([
            NEEDS,
            f"Máy này đang chạy {windows_name(facts.version)}.",
            "Cách khắc phục: cập nhật Windows (Cài đặt → Cập nhật và bảo mật → Windows Update) lên Windows 10 "
            "bản 1809 trở lên, hoặc dùng một máy khác có Windows 10/11 loại 64-bit.",
            HOW_TO_SEE,
        ])
    return None


def message_box(text: str, title: str) -> None:
    """Windows' own message box: it needs nothing but user32.dll, which every Windows has."""
    import ctypes

    ctypes.windll.user32.MessageBoxW(None, text, title, MB_OK | MB_ICONERROR | MB_SETFOREGROUND)


def refuse_unsupported_windows(*, platform: str | None = None, facts: WindowsFacts | None = None,
                               show: Callable[[str, str], None] | None = None) -> int | None:
    """On a Windows the program cannot run on: say so in a message box (and on stderr when there
    is one) and return the exit status; None everywhere else. Arguments are for tests."""
    if (platform or sys.platform) != "win32":
        return None
    reason = unsupported_reason(facts or WindowsFacts.current())
    if reason is None:
        return None
    if sys.stderr is not None:  # kh130-cli.exe has a console; the windowed kh130.exe has none
        try:
            print(f"{TITLE}.\n{reason}", file=sys.stderr, flush=True)
        except (OSError, UnicodeEncodeError):
            pass
    (show or message_box)(reason, TITLE)
    return UNSUPPORTED_EXIT_STATUS
