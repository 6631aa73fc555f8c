"""The check before Qt is imported: an old or 32-bit Windows gets a Vietnamese message box and exits.

The Windows version is faked and the message box injected, so this runs on any system.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from kh130_desktop import __main__ as entry
from kh130_desktop import system_check
from kh130_desktop.system_check import WindowsFacts, refuse_unsupported_windows, unsupported_reason


def windows(build: int, major: int = 10, minor: int = 0, *, os_64bit: bool = True, python_64bit: bool = True):
    return WindowsFacts(version=(major, minor, build), os_64bit=os_64bit, python_64bit=python_64bit)


@pytest.mark.parametrize("facts", [windows(17763), windows(19045), windows(22631), windows(26100)])
def test_windows_10_1809_and_later_64_bit_run(facts):
    shown = []
    assert refuse_unsupported_windows(platform="win32", facts=facts, show=lambda *a: shown.append(a)) is None
    assert shown == []


@pytest.mark.parametrize(("facts", "named"), [
    (windows(17134), "Windows 10 bản 1803 (bản dựng 17134)"),
    (windows(14393), "Windows 10 bản 1607 (bản dựng 14393)"),
    (windows(10240), "Windows 10 bản 1507 (bản dựng 10240)"),
    (windows(9600, 6, 3), "Windows 8.1"),
    (windows(7601, 6, 1), "Windows 7"),
])
def test_an_older_windows_gets_a_vietnamese_message_box_and_exits(facts, named, capsys):
    shown = []

    status = refuse_unsupported_windows(platform="win32", facts=facts, show=lambda text, title: shown.append((text, title)))

    assert status == system_check.UNSUPPORTED_EXIT_STATUS != 0
    assert len(shown) == 1
    text, title = shown[0]
    assert title == "KH130 không chạy được trên máy này"
    assert "Windows 10 bản 1809" in text and "64-bit" in text
    assert f"Máy này đang chạy {named}." in text
    assert ("Windows Update" if facts.version[0] == 10 else "nâng cấp máy lên Windows 10") in text
    assert "winver" in text
    assert text in capsys.readouterr().err  # the console program also says it on stderr


def test_a_32_bit_windows_is_told_it_needs_64_bit():
    shown = []
    status = refuse_unsupported_windows(platform="win32", facts=windows(19045, os_64bit=False, python_64bit=False),
                                        show=lambda text, title: shown.append(text))
    assert status == system_check.UNSUPPORTED_EXIT_STATUS
    assert "Windows loại 32-bit" in shown[0] and "Loại hệ thống" in shown[0]


def test_32_bit_python_on_64_bit_windows_is_told_to_install_64_bit_python():
    reason = unsupported_reason(windows(19045, python_64bit=False))
    assert reason is not None and "Python loại 32-bit" in reason and "64-bit" in reason


def test_an_old_32_bit_windows_is_told_about_32_bit_first():
    # Updating a 32-bit Windows 10 1607 would not help: the architecture is the first thing to say.
    assert "32-bit" in unsupported_reason(windows(14393, os_64bit=False, python_64bit=False))


def test_other_systems_are_not_checked():
    def never(*_args):
        raise AssertionError("no message box off Windows")

    assert refuse_unsupported_windows(platform="linux", facts=windows(7601, 6, 1), show=never) is None


def test_the_entry_point_stops_before_importing_the_command_line_or_qt(monkeypatch):
    shown = []
    monkeypatch.setattr(system_check.sys, "platform", "win32")
    monkeypatch.setattr(system_check.WindowsFacts, "current", classmethod(lambda cls: windows(17134)))
    monkeypatch.setattr(system_check, "message_box", lambda text, title: shown.append(title))

    assert entry.main(["--version"]) == system_check.UNSUPPORTED_EXIT_STATUS
    assert shown == ["KH130 không chạy được trên máy này"]


def test_the_check_imports_nothing_heavy():
    code = ("import sys\nfrom kh130_desktop.system_check import refuse_unsupported_windows\n"
            "refuse_unsupported_windows()\n"
            "heavy = ('PySide6', 'shiboken6', 'cryptography', 'sqlalchemy', 'kh130_desktop.cli', 'kh130_desktop.domain')\n"
            "bad = [m for m in sys.modules if m.startswith(heavy)]\n"
            "print(bad); sys.exit(1 if bad else 0)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
