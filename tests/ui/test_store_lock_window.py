"""A second window on a data folder another program holds: it says who, and opens read-only."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time

import pytest

from kh130_desktop.domain.book.cell import find_cell
from kh130_desktop.domain.store.lock import current_holder
from kh130_desktop.ui import recovery
from kh130_desktop.ui.qt import QMessageBox


def _hold_the_folder(folder):
    """Another program holding the lock: a subprocess that takes it and waits."""
    code = textwrap.dedent(f"""
        import sys, time
        from kh130_desktop.domain.store.lock import acquire
        lock = acquire({str(folder)!r}, "KH130 (cửa sổ)")
        print("HELD", flush=True)
        sys.stdin.read()
    """)
    proc = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "HELD"
    return proc


@pytest.fixture
def demo_folder(demo_store, data_dir):
    demo_store.dispose()  # the demo on disk, no program of this test holding it
    return data_dir


def test_a_second_window_says_who_holds_the_store_and_opens_it_read_only(demo_folder, monkeypatch, qtbot):
    proc = _hold_the_folder(demo_folder)
    shown = {}

    def answer(self):
        shown["text"] = self.text()
        shown["buttons"] = [b.text() for b in self.buttons()]
        read_only = next(b for b in self.buttons() if b.text() == "Mở chỉ để đọc")
        monkeypatch.setattr(QMessageBox, "clickedButton", lambda _self: read_only)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    try:
        assert current_holder(demo_folder) is not None
        store = recovery.open_store_for_window(demo_folder, None, daily_backup=False)
        assert store is not None and store.read_only
        assert "đang được chương trình khác dùng" in shown["text"] and str(proc.pid) in shown["text"]
        assert shown["buttons"] == ["Mở chỉ để đọc", "Thoát"]
        with store.read() as tx:
            assert find_cell(tx).name == "Chi bộ thôn Nà Lữ"  # the records show
        store.dispose()
    finally:
        proc.stdin.close()
        proc.wait(10)


def test_quitting_instead_leaves_the_other_program_alone(demo_folder, monkeypatch, qtbot):
    proc = _hold_the_folder(demo_folder)
    monkeypatch.setattr(QMessageBox, "exec", lambda self: 0)
    monkeypatch.setattr(QMessageBox, "clickedButton", lambda self: None)
    try:
        assert recovery.open_store_for_window(demo_folder, None, daily_backup=False) is None
        assert current_holder(demo_folder) is not None and current_holder(demo_folder).pid == proc.pid
    finally:
        proc.stdin.close()
        proc.wait(10)
    time.sleep(0.1)
    assert current_holder(demo_folder) is None
