"""`kh130 --self-test`: what CI runs inside the frozen bundle, run here from the source tree."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from kh130_desktop import selftest
from kh130_desktop.cli import run

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def own_tmp(tmp_path, monkeypatch):
    """The self-test's temporary folder goes under tmp_path, so the test can see what it leaves."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def test_self_test_passes_every_step_and_leaves_nothing_behind(qapp, own_tmp, tmp_path, monkeypatch, capsys):
    user_data = tmp_path / "user-data"
    monkeypatch.setenv("KH130_DATA_DIR", str(user_data))

    status = run(["--self-test"])

    lines = capsys.readouterr().out.splitlines()
    assert status == 0, "\n".join(lines)
    steps = [line for line in lines if line.startswith("[")]
    assert len(steps) == 9 and all(": đạt" in line for line in steps)
    assert any("33 đảng viên" in line for line in steps)
    assert any(".kh130" in line for line in steps)  # the signed export was written
    assert any("tệp bị sửa bị từ chối" in line for line in steps)
    assert any("QtPdf" in line and "có mực" in line for line in steps)
    assert lines[-1].startswith("Tự kiểm tra: đạt cả 9 bước")
    # The user's own store is never touched, and the temporary folder is gone.
    assert not user_data.exists()
    assert list(own_tmp.iterdir()) == []


def test_a_bundle_missing_its_fonts_fails_on_the_first_step(own_tmp, tmp_path, monkeypatch):
    empty = tmp_path / "resources"
    (empty / "fonts").mkdir(parents=True)
    monkeypatch.setattr("kh130_desktop.paths.resources_dir", lambda: empty)
    lines: list[str] = []

    status = selftest.run_self_test(out=lines.append, with_qt=False)

    assert status == 1
    assert lines[-1].startswith("[1/7] Tài nguyên đi kèm")
    assert "LỖI" in lines[-1] and "phông chữ" in lines[-1]
    assert list(own_tmp.iterdir()) == []


def test_a_verifier_that_accepts_a_tampered_file_fails_the_self_test(own_tmp, monkeypatch):
    from kh130_desktop.domain.exchange import container

    real_verify = container.verify_bytes
    calls = []

    def lenient(data: bytes):
        calls.append(len(data))
        if len(calls) == 1:
            return real_verify(data)
        return None  # accepts anything: the self-test must notice

    monkeypatch.setattr(container, "verify_bytes", lenient)
    monkeypatch.setattr(container, "verify_file", lambda path: lenient(container.read_capped(path)))
    lines: list[str] = []

    status = selftest.run_self_test(out=lines.append, with_qt=False)

    assert status == 1
    assert "[7/7]" in lines[-1] and "LỖI" in lines[-1]
    assert "vẫn được chấp nhận" in lines[-1]


def test_a_qt_module_missing_from_the_build_fails_the_last_step(qapp, own_tmp, monkeypatch):
    from kh130_desktop.ui import qt

    # As a frozen build would be if build.spec lost a module ui/qt.py imports on first use.
    monkeypatch.setitem(qt._EXTRA, "QPdfBookmarkModel", "PySide6.QtPdfMissing")
    lines: list[str] = []

    status = selftest.run_self_test(out=lines.append)

    assert status == 1
    assert lines[-1].startswith("[9/9]") and "LỖI" in lines[-1]
    assert "thiếu thành phần Qt QPdfBookmarkModel" in lines[-1]


def test_the_screen_self_test_without_a_display_says_so(qapp, own_tmp, monkeypatch):
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")  # the screen mode drops it: restored after the test
    monkeypatch.setattr(selftest.sys, "platform", "linux")
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    lines: list[str] = []

    status = selftest.run_self_test(out=lines.append, screen=True)

    assert status == 1
    assert lines[0] == "KH130 tự kiểm tra: 10 bước, trên màn hình thật."
    assert lines[-1].startswith("[8/10]") and "LỖI — không thấy màn hình" in lines[-1]
    assert list(own_tmp.iterdir()) == []


def test_the_screen_self_test_refuses_to_pass_offscreen(qapp, own_tmp, monkeypatch):
    # The offscreen application of the test run stands for a shell that forced QT_QPA_PLATFORM.
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")  # the screen mode drops it: restored after the test
    monkeypatch.setenv("DISPLAY", ":0")
    lines: list[str] = []

    status = selftest.run_self_test(out=lines.append, screen=True)

    assert status == 1
    assert lines[-1].startswith("[10/10]") and "không phải trên màn hình thật" in lines[-1]


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="needs Xvfb (apt-get install xvfb xauth)")
def test_the_screen_self_test_shows_the_window_and_the_print_dialog_under_xvfb(tmp_path):
    env = {key: value for key, value in os.environ.items() if key not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    env["KH130_DATA_DIR"] = str(tmp_path / "user-data")
    result = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1366x768x24", sys.executable, "-m", "kh130_desktop", "--self-test-screen"],
        capture_output=True, text=True, env=env, timeout=120, cwd=ROOT)
    if "could not load the Qt platform plugin" in result.stderr.lower():
        pytest.skip("the xcb platform plugin cannot load here (libxcb-icccm4, libxcb-keysyms1, …)")
    lines = result.stdout.splitlines()
    assert result.returncode == 0, result.stdout + result.stderr
    assert lines[-2].startswith("[10/10]") and "nền tảng xcb" in lines[-2] and "hộp thoại in mở và đóng" in lines[-2]
    assert lines[-1].startswith("Tự kiểm tra: đạt cả 10 bước")
    assert not (tmp_path / "user-data").exists()
