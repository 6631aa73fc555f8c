"""`kh130 --self-test`: what CI runs inside the frozen bundle, run here from the source tree."""

from __future__ import annotations

import tempfile

import pytest

from kh130_desktop import selftest
from kh130_desktop.cli import run


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
