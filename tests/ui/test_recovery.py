"""The recovery dialogs: unhandled errors, a damaged store at start, backup to a USB, restore from a file."""

from __future__ import annotations

import errno
import sqlite3
import sys
from pathlib import Path

import pytest

from kh130_desktop.domain.store import backup_files, backups
from kh130_desktop.domain.store.backups import backup_now, backup_to, backups_dir, list_backups
from kh130_desktop.domain.book import roster
from kh130_desktop.domain.book.roster import MemberData, add_member
from kh130_desktop.domain.store.engine import STORE_FILENAME
from kh130_desktop.ui import recovery
from kh130_desktop.ui.operations import Changes
from kh130_desktop.ui.qt import QFileDialog, QMessageBox, QPushButton


class Dialogs:
    """Stands in for the user in front of each QMessageBox: records it and clicks the answer given."""

    def __init__(self, monkeypatch, *answers: str) -> None:
        self.answers = list(answers)
        self.seen: list[dict] = []
        dialogs = self

        def fake_exec(box):
            buttons = {b.text(): b for b in box.buttons()}
            dialogs.seen.append({"title": box.windowTitle(), "text": box.text(),
                                 "info": box.informativeText(), "buttons": list(buttons)})
            assert dialogs.answers, f"unexpected dialog: {dialogs.seen[-1]}"
            answer = dialogs.answers.pop(0)
            assert answer in buttons, f"no button {answer!r} in {list(buttons)}"
            buttons[answer].click()
            return 0

        monkeypatch.setattr(QMessageBox, "exec", fake_exec)

    def all_text(self) -> str:
        return "\n".join(f"{d['title']}\n{d['text']}\n{d['info']}" for d in self.seen)


def member_count(folder: Path) -> int:
    conn = sqlite3.connect(folder / STORE_FILENAME)
    try:
        return conn.execute("SELECT count(*) FROM member").fetchone()[0]
    finally:
        conn.close()


def damage(folder: Path) -> bytes:
    path = folder / STORE_FILENAME
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")  # the page size, from the header
    middle = (len(data) // page // 2) * page
    data[middle:middle + page] = bytes(page)
    path.write_bytes(bytes(data))
    return bytes(data)


@pytest.fixture
def own_log():
    """setup_logging adds a handler to the root logger: take it away again after the test."""
    import logging

    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in root.handlers:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


@pytest.fixture
def damaged_demo(demo_store, data_dir):
    """The demo store, backed up, then checkpointed, closed and overwritten in the middle."""
    backup = backup_now(demo_store, "daily")
    with demo_store.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    demo_store.dispose()
    return backup, damage(data_dir)


# --- unhandled exceptions -------------------------------------------------------------------


@pytest.mark.qt_no_exception_capture
def test_unhandled_error_is_logged_shown_in_vietnamese_and_the_app_keeps_running(qtbot, demo_ctx, tmp_path, monkeypatch, own_log,
                                                                                 settle):
    from kh130_desktop.logs import setup_logging

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    log_file = setup_logging(tmp_path / "logs")
    dialogs = Dialogs(monkeypatch, "Tiếp tục làm việc")
    recovery.install_exception_hook()
    before = member_count(demo_ctx.folder)

    def half_done_action(tx):
        add_member(tx, MemberData(full_name="Nông Thị Hoa"))
        tx.flush()
        raise RuntimeError("bug in the middle of an action")

    clicks = []
    button = QPushButton("Lưu")
    qtbot.addWidget(button)
    button.clicked.connect(lambda: clicks.append(1) or demo_ctx.write(Changes.MEMBERS, half_done_action))
    button.click()
    settle(demo_ctx)

    assert len(dialogs.seen) == 1
    assert "Đã xảy ra lỗi" in dialogs.seen[0]["text"] and "Dữ liệu đã lưu vẫn an toàn" in dialogs.seen[0]["text"]
    assert str(log_file) in dialogs.seen[0]["info"]
    assert "Traceback" not in dialogs.all_text()
    logged = log_file.read_text(encoding="utf-8")
    assert "bug in the middle of an action" in logged and "Traceback" in logged and "half_done_action" in logged
    assert member_count(demo_ctx.folder) == before  # the failed action wrote nothing
    # Still running: the same button works again, and a normal write goes through.
    dialogs.answers.append("Tiếp tục làm việc")
    button.click()
    settle(demo_ctx)
    assert len(clicks) == 2
    demo_ctx.write(Changes.MEMBERS, add_member, MemberData(full_name="Nông Thị Hoa"))
    settle(demo_ctx)
    assert member_count(demo_ctx.folder) == before + 1


# --- a damaged store at start -----------------------------------------------------------------


def test_damaged_store_offers_the_newest_backup_and_restoring_brings_the_data_back(qtbot, damaged_demo, data_dir, monkeypatch):
    backup, _ = damaged_demo
    dialogs = Dialogs(monkeypatch, "Khôi phục bản sao lưu gần nhất")

    store = recovery.open_store_for_window(data_dir)

    assert store is not None
    try:
        assert member_count(data_dir) == 33
        assert store.integrity_check(quick=False) == []
    finally:
        store.dispose()
    shown = dialogs.seen[0]
    assert shown["title"] == "Kho dữ liệu bị hỏng"
    assert "bị hỏng" in shown["text"]
    assert "Chi bộ thôn Nà Lữ" in shown["info"] and "33 đảng viên" in shown["info"]
    assert sorted(shown["buttons"]) == ["Chọn tệp sao lưu…", "Khôi phục bản sao lưu gần nhất", "Thoát"]
    # The damaged file is kept for whoever wants to look at it, not thrown away.
    assert [b.reason for b in list_backups(backups_dir(data_dir))].count("damaged") == 1


def test_damaged_store_and_quit_leaves_the_file_as_it_was(qtbot, damaged_demo, data_dir, monkeypatch):
    _, damaged_bytes = damaged_demo
    Dialogs(monkeypatch, "Thoát")
    assert recovery.open_store_for_window(data_dir) is None
    assert (data_dir / STORE_FILENAME).read_bytes() == damaged_bytes


def test_damaged_store_without_backups_restores_a_file_from_a_usb(qtbot, demo_store, data_dir, tmp_path, monkeypatch):
    usb = tmp_path / "usb"
    usb.mkdir()
    on_usb = backup_to(demo_store, usb)
    with demo_store.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    demo_store.dispose()
    damage(data_dir)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(on_usb), ""))
    dialogs = Dialogs(monkeypatch, "Chọn tệp sao lưu…", "Khôi phục")

    store = recovery.open_store_for_window(data_dir)

    assert store is not None
    store.dispose()
    assert member_count(data_dir) == 33
    assert "Không tìm thấy bản sao lưu tốt" in dialogs.seen[0]["info"]
    assert "Khôi phục bản sao lưu gần nhất" not in dialogs.seen[0]["buttons"]
    assert "Số đảng viên: 33" in dialogs.seen[1]["text"]


def test_a_healthy_start_makes_the_daily_backup(qtbot, demo_store, data_dir, monkeypatch):
    demo_store.dispose()
    Dialogs(monkeypatch)  # no dialog at all
    store = recovery.open_store_for_window(data_dir)
    assert store is not None
    store.dispose()
    assert [b.reason for b in list_backups(backups_dir(data_dir))] == ["daily"]


# --- backup to a folder, restore from a file ------------------------------------------------


def test_backup_to_a_usb_folder(qtbot, demo_ctx, tmp_path, monkeypatch, settle):
    usb = tmp_path / "usb"
    usb.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(usb))
    dialogs = Dialogs(monkeypatch, "Đóng")
    job = recovery.backup_to_folder(None, demo_ctx)
    settle(demo_ctx)
    path = job.result
    assert path is not None and path.parent == usb
    assert backups.inspect_backup(path).member_count == 33
    assert dialogs.seen[0]["title"] == "Đã sao lưu" and str(path) in dialogs.seen[0]["text"]


def test_backup_to_a_full_usb_says_so(qtbot, demo_ctx, tmp_path, monkeypatch, settle):
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))

    def no_space(*_a, **_k):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backup_files.os, "replace", no_space)
    dialogs = Dialogs(monkeypatch, "Đóng")
    job = recovery.backup_to_folder(None, demo_ctx)
    settle(demo_ctx)
    assert job.result is None and job.error is not None
    assert "Ổ đĩa đầy" in dialogs.seen[0]["text"]
    assert "Traceback" not in dialogs.all_text()


def test_backup_cancelled_writes_nothing(qtbot, demo_ctx, tmp_path, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: "")
    Dialogs(monkeypatch)
    assert recovery.backup_to_folder(None, demo_ctx) is None


def test_restore_from_file_shows_what_it_is_then_restores(qtbot, demo_ctx, tmp_path, monkeypatch, settle):
    source = backup_to(demo_ctx.store, tmp_path / "b.sqlite3")
    demo_ctx.write(Changes.MEMBERS, add_member, MemberData(full_name="Nông Thị Hoa"))
    settle(demo_ctx)
    assert member_count(demo_ctx.folder) == 34
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    dialogs = Dialogs(monkeypatch, "Khôi phục", "Đóng")
    old_store, restored, changes = demo_ctx.store, [], []
    demo_ctx.changed.connect(changes.append)

    assert recovery.restore_from_file(None, demo_ctx, restored.append) is not None
    settle(demo_ctx)

    assert restored == [demo_ctx.store] and demo_ctx.store is not old_store  # reopened on the worker
    assert changes == [Changes.ALL]
    assert member_count(demo_ctx.folder) == 33
    assert len(demo_ctx.read(roster.list_members)) == 33  # the context reads the restored store
    confirm = dialogs.seen[0]
    assert "Chi bộ: Chi bộ thôn Nà Lữ" in confirm["text"] and "Số đảng viên: 33" in confirm["text"]
    assert "Ngày sao lưu: " in confirm["text"] and "/20" in confirm["text"]  # dd/mm/yyyy
    assert sorted(confirm["buttons"]) == ["Hủy", "Khôi phục"]
    assert [b.reason for b in list_backups(backups_dir(demo_ctx.folder))] == ["restore"]


def test_restore_cancelled_or_refused_leaves_the_store_alone(qtbot, demo_ctx, tmp_path, monkeypatch, settle):
    source = backup_to(demo_ctx.store, tmp_path / "b.sqlite3")
    demo_ctx.write(Changes.MEMBERS, add_member, MemberData(full_name="Nông Thị Hoa"))
    settle(demo_ctx)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    Dialogs(monkeypatch, "Hủy")
    assert recovery.restore_from_file(None, demo_ctx) is None
    assert member_count(demo_ctx.folder) == 34

    foreign = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE song (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(foreign), ""))
    dialogs = Dialogs(monkeypatch, "Đóng")
    assert recovery.restore_from_file(None, demo_ctx) is None
    assert "chương trình khác" in dialogs.seen[0]["text"]
    assert member_count(demo_ctx.folder) == 34


# --- the log, in a frozen windowed build ----------------------------------------------------


@pytest.mark.qt_no_exception_capture
def test_logging_falls_back_and_never_touches_missing_stdout_stderr(qtbot, tmp_path, monkeypatch, own_log):
    """A windowed Windows build has no stdout/stderr; an unwritable log folder must not stop the program."""
    import logging
    import tempfile

    from kh130_desktop.logs import setup_logging

    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(tempfile, "gettempdir", lambda: str(tmp_path / "tmp"))
    in_the_way = tmp_path / "not-a-folder"
    in_the_way.write_text("x")

    log_file = setup_logging(in_the_way / "logs")  # cannot be created: a file is in the way

    assert log_file == tmp_path / "tmp" / "kh130-logs" / "kh130.log"
    dialogs = Dialogs(monkeypatch, "Tiếp tục làm việc")
    recovery.install_exception_hook()
    try:
        raise ValueError("boom in a windowed build")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    logging.getLogger("kh130_desktop.test").warning("Nhật ký tiếng Việt: Nà Lữ")
    text = log_file.read_text(encoding="utf-8")
    assert "boom in a windowed build" in text and "Nhật ký tiếng Việt: Nà Lữ" in text
    assert len(dialogs.seen) == 1


def test_a_store_from_a_newer_version_is_not_opened_and_not_touched(qtbot, demo_store, data_dir, monkeypatch):
    demo_store.dispose()
    conn = sqlite3.connect(data_dir / STORE_FILENAME)
    conn.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = (data_dir / STORE_FILENAME).read_bytes()
    dialogs = Dialogs(monkeypatch, "Thoát")
    assert recovery.open_store_for_window(data_dir) is None
    assert dialogs.seen[0]["title"] == "Không mở được kho dữ liệu"
    assert "mới hơn" in dialogs.seen[0]["text"] and "Cài phiên bản KH130 mới nhất" in dialogs.seen[0]["info"]
    assert (data_dir / STORE_FILENAME).read_bytes() == before
